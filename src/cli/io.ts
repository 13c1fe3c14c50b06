// What a command may touch of the outside world, so tests can run the CLI in-process.
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
