// Parsing `lectern [--home DIR] COMMAND …` into a command and its options. Pure.

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  readonly home: string | undefined;
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

/** `valued` names the options that take a value (`--max 5`, `--max=5`). */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>): ParsedArgs {
  let home: string | undefined;
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('--home')) {
    const arg = argv[i]!;
    if (arg.startsWith('--home=')) home = arg.slice('--home='.length);
    else if (arg === '--home') {
      home = argv[i + 1];
      if (!home) throw new UsageError('--home needs a folder');
      i++;
    } else break;
    i++;
  }
  const command = argv[i];
  if (command?.startsWith('-') && command !== '--help' && command !== '-h') throw new UsageError(`unknown option ${command} before the command`);
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let j = i + 1; j < argv.length; j++) {
    const arg = argv[j]!;
    if (arg === '--') {
      positional.push(...argv.slice(j + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (name === 'home') throw new UsageError('--home must come before the command');
      if (valued.has(name)) {
        const value = inline ?? argv[++j];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      } else {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
        flags.add(name);
      }
    } else positional.push(arg);
  }
  return { home, command, positional, flags, options };
}

/** Refuses flags a command does not know. */
export function allowOnly(args: ParsedArgs, allowed: readonly string[]): void {
  for (const name of [...args.flags, ...args.options.keys()]) {
    if (!allowed.includes(name)) throw new UsageError(`${args.command} does not take --${name}`);
  }
}
