// What the app offers when its library cannot be opened at start (a library moved to a drive
// that is not plugged in, no permission, a newer schema): never an invisible app. Pure: the
// dialog's text and buttons, and what each button does.

export type LibraryChoice = 'default' | 'choose' | 'quit';

export interface LibraryFailureDialog {
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly string[];
  readonly choices: readonly LibraryChoice[];
  readonly defaultId: number;
  readonly cancelId: number;
}

/** The dialog for a library at `failedPath` that threw `error`; the default library is offered
 * only when it is not the one that failed. */
export function libraryFailureDialog(failedPath: string, defaultPath: string, error: unknown): LibraryFailureDialog {
  const reason = error instanceof Error ? error.message : String(error);
  const offerDefault = failedPath !== defaultPath;
  const choices: LibraryChoice[] = [...(offerDefault ? (['default'] as const) : []), 'choose', 'quit'];
  const label: Record<LibraryChoice, string> = { default: 'Open the Default Library', choose: 'Choose Another Folder…', quit: 'Quit' };
  return {
    message: 'Lectern could not open your library.',
    detail: `${failedPath}\n\n${reason}\n\n${offerDefault ? `The default library is in ${defaultPath}. ` : ''}Your library's files are left as they are.`,
    buttons: choices.map((c) => label[c]),
    choices,
    defaultId: 0,
    cancelId: choices.length - 1,
  };
}
