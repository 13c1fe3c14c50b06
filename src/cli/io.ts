// What a command may touch of the outside world, so tests can run the CLI in-process.
import type { Recovery } from '../shared/types.js';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal: only then is progress drawn. */
  readonly errIsTty: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Folder of the sample articles a fresh home starts with. */
  readonly samplesDir: string;
  /** Folder of the built renderer that `serve` hosts. */
  readonly rendererDir: string;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Text from files and records made safe for one terminal line: control characters (line
 * breaks, escape sequences that could rewrite the screen, C1 controls) shown escaped, so a file
 * named with a newline or `\x1b[2J` prints as one plain line. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** One line on stderr for a recovery the store made when the library opened. */
export function describeRecovery(recovery: Recovery): string {
  const moved = recovery.movedTo ? ` The bad file was moved to ${recovery.movedTo}.` : '';
  return printable(`lectern: recovered ${recovery.file}: ${recovery.problem}; ${recovery.action}.${moved}`);
}
