// Where the parse worker's entry is found (issue 20, items 2–3): beside the module in the tsc
// build that the CLI and the web host run (out/node), one folder up from the chunk the module
// is bundled into in the Electron build (out/main/chunks → out/main), and nowhere when running
// the TypeScript sources (tests), where files are read in process. A JavaScript build without
// its worker is an error, never a silent fallback to parsing on the serving thread.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../src/core/errors.js';
import { workerEntry } from '../../src/host/services/parse-worker.js';
import { REPO, tempDir } from '../helpers/temp-home.js';

describe('the parse worker entry', () => {
  it('is found beside the module in the Node build (out/node)', () => {
    const built = join(REPO, 'out', 'node', 'host', 'services');
    if (!existsSync(join(built, 'parse-worker.js'))) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` first.');
    expect(workerEntry(pathToFileURL(join(built, 'parse-worker.js')).href)).toBe(join(built, 'parse-worker-main.js'));
  });

  it('is found one folder up from a chunk of the Electron bundle (out/main/chunks)', () => {
    const out = tempDir();
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, 'chunks', 'search-AbC123.js'), '');
    writeFileSync(join(out, 'parse-worker-main.js'), '');
    expect(workerEntry(pathToFileURL(join(out, 'chunks', 'search-AbC123.js')).href)).toBe(join(out, 'parse-worker-main.js'));
  });

  it('is missing, and says so, in a JavaScript build without it', () => {
    const out = tempDir();
    writeFileSync(join(out, 'index.js'), '');
    expect(() => workerEntry(pathToFileURL(join(out, 'index.js')).href)).toThrow(LecternError);
    expect(() => workerEntry(pathToFileURL(join(out, 'index.js')).href)).toThrow(/parse worker \(parse-worker-main\.js\) is missing/);
  });

  it('is null for the TypeScript sources, which read files in process', () => {
    expect(workerEntry(pathToFileURL(join(REPO, 'src', 'host', 'services', 'parse-worker.ts')).href)).toBeNull();
  });

  it('is named as an input of the Electron bundle', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(REPO, 'electron.vite.config.ts'), 'utf8')).toMatch(/'parse-worker-main': 'src\/host\/services\/parse-worker-main\.ts'/);
  });
});
