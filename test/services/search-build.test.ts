// The search index is built in a child process the host awaits (issue 19): searches made while
// it builds wait for that one build, and the thread that serves the app keeps turning
// meanwhile. Runs the compiled builder (out/node: `npx tsc -p tsconfig.cli.json` first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { SearchService } from '../../src/host/services/search.js';
import { REPO, SAMPLE_FILE, tempDir } from '../helpers/temp-home.js';

const BUILDER = join(REPO, 'out', 'node', 'host', 'services', 'search-build.js');

/** A library of `count` articles made of the sample's sentences; only article 7 says "quarry". */
function library(count: number): Library {
  const sentences = readFileSync(SAMPLE_FILE, 'utf8').split(/(?<=[.!?])\s+/).filter((s) => s.length > 40);
  const lib = Library.open(tempDir(), { cardsAtImport: false });
  for (let i = 0; i < count; i++) {
    const pick = (k: number) => sentences[(i * 7 + k * 13) % sentences.length]!;
    const paragraphs = Array.from({ length: 6 }, (_, p) => [pick(p * 3), pick(p * 3 + 1), pick(p * 3 + 2)].join(' '));
    if (i === 7) paragraphs.push('The old quarry by the river was flooded.');
    const report = lib.importText(`Article number ${i + 1}\n\n${paragraphs.join('\n\n')}`, `a${i}`);
    expect(report.imported).toBe(1);
  }
  return lib;
}

beforeAll(() => {
  if (!existsSync(BUILDER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` before this suite.');
});

describe('a search while the index is built', () => {
  it('waits for the one build in a child process, and the thread keeps turning meanwhile', async () => {
    const lib = library(150);
    const search = new SearchService(lib.store, { builder: BUILDER });
    let longest = 0;
    let ticks = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      longest = Math.max(longest, performance.now() - last);
      last = performance.now();
      ticks++;
    }, 5);
    const started = performance.now();
    // Two searches at once: the second waits for the build the first started.
    const [first, second] = await Promise.all([search.query('quarry'), search.query('flooded quarry')]);
    const took = performance.now() - started;
    clearInterval(timer);
    longest = Math.max(longest, performance.now() - last);

    expect(existsSync(join(lib.home, 'search', 'state.json'))).toBe(true);
    const expected = new SearchService(Library.open(lib.home).store, { builder: null });
    expect(first.map((r) => r.title)).toEqual(['Article number 8']);
    expect(first).toEqual(expected.search('quarry'));
    expect(second).toEqual(expected.search('flooded quarry'));
    // The build (a process start, reading and indexing 150 articles) left this thread free:
    // its timer turned all along, stalled at most for loading the saved index.
    expect(ticks).toBeGreaterThan(10);
    expect(longest).toBeLessThan(took / 4);
  });

  it('builds in process, in slices, without the builder script', async () => {
    const lib = library(40);
    const search = new SearchService(lib.store, { builder: null });
    const pending = search.query('quarry');
    let turned = false;
    setImmediate(() => (turned = true));
    const results = await pending;
    expect(turned).toBe(true);
    expect(results.map((r) => r.title)).toEqual(['Article number 8']);
  });
});
