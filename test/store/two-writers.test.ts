// Two processes on one home (the app and the CLI) change the same article at once. Each save
// re-reads the record under the home lock, so neither overwrites the other's field with a
// stale copy.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const CHILD = join(REPO, 'test', 'store', 'writer-child.mjs');

function writer(home: string, field: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, home, field, String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${field} exited ${code}: ${err}`))));
  });
}

describe('two processes writing one library', () => {
  it('keeps both processes’ last writes to different fields of one article', async () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES });
    await Promise.all([writer(home, 'progress', 150), writer(home, 'title', 150), writer(home, 'tags', 150)]);
    const [article] = Library.open(home).list();
    expect(article).toMatchObject({ progress: 0.15, title: 'Title 150', tags: ['tag-150'] });
  });
});
