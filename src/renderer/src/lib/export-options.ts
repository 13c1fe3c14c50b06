// What the export dialog offers: which articles, and in which format.

export type ExportFormat = 'md' | 'anki' | 'apkg' | 'csv' | 'json' | 'html' | 'pdf';

export interface FormatOption {
  readonly value: ExportFormat;
  readonly label: string;
  readonly hint: string;
  /** Only the desktop app can print a PDF (through Chromium). */
  readonly desktopOnly?: boolean;
}

export const EXPORT_FORMATS: readonly FormatOption[] = [
  { value: 'md', label: 'Markdown for Obsidian', hint: 'Notes with YAML front matter, highlights as quotes; several articles come as a .zip' },
  { value: 'anki', label: 'Anki text', hint: 'Cards as a tab-separated file for Anki’s File › Import' },
  { value: 'apkg', label: 'Anki package (.apkg)', hint: 'A deck Anki opens directly' },
  { value: 'csv', label: 'CSV', hint: 'Cards as a spreadsheet' },
  { value: 'json', label: 'JSON backup', hint: 'Everything: articles, notes, cards and their history; restore it with Import › Restore from backup' },
  { value: 'html', label: 'HTML', hint: 'Readable pages of the notes and highlights' },
  { value: 'pdf', label: 'PDF', hint: 'The notes printed to a PDF', desktopOnly: true },
];

/** A set of articles to export, as the dialog names it. */
export interface ExportScope {
  readonly key: string;
  readonly label: string;
  /** The articles, listed (the PDF printer needs them by ID). */
  readonly ids: readonly string[];
  /** The whole library: the host is asked for 'all', which a backup needs to be whole. */
  readonly all: boolean;
}
