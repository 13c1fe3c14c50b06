#!/usr/bin/env node
// The `lectern` command. It runs the compiled CLI that `npm install` builds (the `prepare`
// script); it never loads Electron.
import('../out/node/cli/index.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/node/cli')) {
    process.stderr.write('lectern: the command is not built yet; run `npm install` (or `npm run build:node`) in the Lectern folder.\n');
  } else {
    process.stderr.write(`lectern: ${error && error.message ? error.message : error}\n`);
  }
  process.exitCode = 1;
});
