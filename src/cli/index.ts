// Process entry of `lectern` (bin/lectern.js loads the compiled copy of this file).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './main.js';

const here = dirname(fileURLToPath(import.meta.url));

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTty: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  // out/node/cli/index.js → <package>/resources/samples
  samplesDir: join(here, '..', '..', '..', 'resources', 'samples'),
  // out/node/cli/index.js → <package>/out/renderer
  rendererDir: join(here, '..', '..', 'renderer'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lectern: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
