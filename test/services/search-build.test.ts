// The search index is built in a child process the host awaits (issue 19): searches made while
// it builds wait for that one build, and the thread that serves the app keeps turning
// meanwhile, and Stop ends the build. Runs the compiled builder (out/node: `npx tsc -p tsconfig.cli.json` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { wireServices } from '../../src/host/open-host.js';
import { createDirectApi } from '../../src/host/services/dispatch.js';
import { createHandlers } from '../../src/host/services/handlers.js';
import { Library } from '../../src/host/services/library.js';
import { SearchService } from '../../src/host/services/search.js';
import type { TaskProgress } from '../../src/shared/types.js';
import { REPO, SAMPLE_FILE, tempDir } from '../helpers/temp-home.js';

const BUILDER = join(REPO, 'out', 'node', 'host', 'services', 'search-build.js');

/** A library of `count` articles made of the sample's sentences; only article 7 says "quarry". */
async function library(count: number): Promise<Library> {
  const sentences = readFileSync(SAMPLE_FILE, 'utf8').split(/(?<=[.!?])\s+/).filter((s) => s.length > 40);
  const lib = Library.open(tempDir(), { cardsAtImport: false });
  for (let i = 0; i < count; i++) {
    const pick = (k: number) => sentences[(i * 7 + k * 13) % sentences.length]!;
    const paragraphs = Array.from({ length: 6 }, (_, p) => [pick(p * 3), pick(p * 3 + 1), pick(p * 3 + 2)].join(' '));
    if (i === 7) paragraphs.push('The old quarry by the river was flooded.');
    const report = await lib.importText(`Article number ${i + 1}\n\n${paragraphs.join('\n\n')}`, `a${i}`);
    expect(report.imported).toBe(1);
  }
  return lib;
}

beforeAll(() => {
  if (!existsSync(BUILDER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` before this suite.');
});

describe('a search while the index is built', () => {
  it('waits for the one build in a child process, and the thread keeps turning meanwhile', async () => {
    const lib = await library(150);
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
    const lib = await library(40);
    const search = new SearchService(lib.store, { builder: null });
    const pending = search.query('quarry');
    let turned = false;
    setImmediate(() => (turned = true));
    const results = await pending;
    expect(turned).toBe(true);
    expect(results.map((r) => r.title)).toEqual(['Article number 8']);
  });
});

/** The API over `lib` with its search index built by `builder` (null: in this process). */
function apiOver(lib: Library, builder: string | null) {
  const services = wireServices(lib, { search: new SearchService(lib.store, { builder }) });
  return { api: createDirectApi(createHandlers(services)), search: services.search };
}

/** Polls tasks:list until a task passes `test`. */
async function taskWhere(list: () => Promise<TaskProgress[]>, test: (task: TaskProgress) => boolean): Promise<TaskProgress> {
  for (let i = 0; i < 2000; i++) {
    const task = (await list()).find(test);
    if (task) return task;
    await sleep(5);
  }
  throw new Error('no such task was ever listed');
}

/** What the search folder holds (nothing when it was never made). */
const searchFiles = (lib: Library) => (existsSync(join(lib.home, 'search')) ? readdirSync(join(lib.home, 'search')) : []);

describe('a cancelled index build', () => {
  it('ends the builder process, leaves no index behind, and the next search builds again', async () => {
    const lib = await library(150);
    const { api } = apiOver(lib, BUILDER);
    const first = api['search:query']({ query: 'quarry' });
    // Stopped once the builder is indexing (it has reported its first article).
    const task = await taskWhere(() => api['tasks:list']({}), (t) => t.label === 'Building the search index' && t.total > 0);
    expect(await api['tasks:cancel']({ id: task.id })).toEqual({ cancelled: true });
    await expect(first).rejects.toThrow('Building the search index was cancelled.');
    expect(await api['tasks:list']({})).toEqual([]);
    // Longer than the rest of the build takes (the test above): a builder still running would have saved by now.
    await sleep(2500);
    expect(searchFiles(lib)).toEqual([]);

    const again = api['search:query']({ query: 'quarry' });
    await taskWhere(() => api['tasks:list']({}), (t) => t.label === 'Building the search index');
    expect((await again).map((r) => r.title)).toEqual(['Article number 8']);
    expect(searchFiles(lib).sort()).toEqual(['index', 'state.json']);
  });

  it('in process, stops between slices and keeps nothing of the half-built index', async () => {
    const lib = await library(150);
    const { api, search } = apiOver(lib, null);
    const first = api['search:query']({ query: 'quarry' });
    const [task] = await api['tasks:list']({});
    await api['tasks:cancel']({ id: task!.id });
    await expect(first).rejects.toThrow('Building the search index was cancelled.');
    expect(search.isReady).toBe(false);
    expect(searchFiles(lib)).toEqual([]);
    expect((await api['search:query']({ query: 'quarry' })).map((r) => r.title)).toEqual(['Article number 8']);
    expect(search.isReady).toBe(true);
  });
});
