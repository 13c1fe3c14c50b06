// Long calls as tasks (src/host/services/tasks.ts): an export, a restore or a regeneration is listed with its
// progress while it runs, other calls are answered meanwhile, and Cancel stops it between
// articles with a clear message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { openHost } from '../../src/host/open-host.js';
import { createDirectApi } from '../../src/host/services/dispatch.js';
import { TaskBoard } from '../../src/host/services/tasks.js';
import type { TaskProgress } from '../../src/shared/types.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

async function hostWith(articles: number) {
  const host = openHost(tempDir(), { samplesDir: SAMPLES });
  for (let i = 0; i < articles; i++) {
    await host.library.importText(`# Essay ${i}\n\nThe river town of Essay ${i} held a market every Tuesday for ${i + 2} centuries, and traders came from the coast to sell salt and cloth.\n`, `essay-${i}.md`, 'markdown');
  }
  return { host, api: createDirectApi(host.handlers) };
}

/** Polls tasks:list until a task is listed (the long call has started and yielded). */
async function firstTask(list: () => Promise<TaskProgress[]>, done = 0): Promise<TaskProgress> {
  for (let i = 0; i < 1000; i++) {
    const [task] = await list();
    if (task && task.done >= done) return task;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('no task was ever listed');
}

describe('the task board', () => {
  it('lists a task with its progress while it runs, and not after', async () => {
    const board = new TaskBoard();
    let release = () => {};
    const running = board.run('Counting', async (work) => {
      work.report(3, 10);
      await new Promise<void>((r) => (release = r));
      return 'done';
    });
    expect(board.list()).toEqual([{ id: 1, label: 'Counting', done: 3, total: 10 }]);
    release();
    await expect(running).resolves.toBe('done');
    expect(board.list()).toEqual([]);
  });

  it('stops a cancelled task at its next checkpoint', async () => {
    const board = new TaskBoard();
    let steps = 0;
    const running = board.run('Counting', async (work) => {
      for (;;) {
        await work.checkpoint();
        steps++;
      }
    });
    await new Promise((r) => setImmediate(r));
    expect(board.cancel(1)).toBe(true);
    await expect(running).rejects.toThrow(CancelledError);
    await expect(running).rejects.toThrow('Counting was cancelled.');
    expect(steps).toBeGreaterThan(0);
    expect(board.cancel(1)).toBe(false);
  });
});

describe('an export as a task', () => {
  it('is listed with the number of articles, answers other calls meanwhile, and finishes', async () => {
    const { api } = await hostWith(6);
    const exporting = api['export:file']({ articleIds: 'all', format: 'md' });
    const task = await firstTask(() => api['tasks:list']({}));
    expect(task).toMatchObject({ label: 'Exporting', total: 7 });
    // Another call is answered while the export runs.
    expect(await api['articles:list']({})).toHaveLength(7);
    const file = await exporting;
    expect(file.fileName).toBe('lectern-export.zip');
    expect(await api['tasks:list']({})).toEqual([]);
  });

  it('stops when cancelled, with a message saying so', async () => {
    const { api } = await hostWith(6);
    const exporting = api['export:file']({ articleIds: 'all', format: 'json' });
    const task = await firstTask(() => api['tasks:list']({}));
    expect(await api['tasks:cancel']({ id: task.id })).toEqual({ cancelled: true });
    await expect(exporting).rejects.toThrow('Exporting was cancelled.');
    expect(await api['tasks:list']({})).toEqual([]);
  });
});

describe('a restore as a task', () => {
  it('stops between articles when cancelled; what it restored stays, whole', async () => {
    const { api } = await hostWith(6);
    const backup = await api['export:file']({ articleIds: 'all', format: 'json' });
    const fresh = createDirectApi(openHost(tempDir()).handlers);
    const restoring = fresh['library:importJson']({ base64: backup.base64 });
    // Stopped once two articles are in.
    const task = await firstTask(() => fresh['tasks:list']({}), 2);
    expect(task).toMatchObject({ label: 'Restoring a backup', total: 7 });
    await fresh['tasks:cancel']({ id: task.id });
    await expect(restoring).rejects.toThrow('Restoring a backup was cancelled.');
    const restored = await fresh['articles:list']({});
    expect(restored.length).toBeGreaterThanOrEqual(2);
    expect(restored.length).toBeLessThan(7);
    for (const article of restored) expect((await fresh['articles:get']({ id: article.id })).blocks.length).toBeGreaterThan(0);
  });
});

describe('the first search of a library', () => {
  it('is a task while the index is built, and later searches are not', async () => {
    const { host } = await hostWith(3);
    const first = host.handlers['search:query']({ query: 'river market' });
    expect(host.tasks.list()).toEqual([expect.objectContaining({ label: 'Building the search index' })]);
    const results = await first;
    expect(results.length).toBeGreaterThan(0);
    expect(host.tasks.list()).toEqual([]);
    const again = host.handlers['search:query']({ query: 'salt' });
    expect(host.tasks.list()).toEqual([]);
    expect((await again).length).toBeGreaterThan(0);
  });
});

describe('regenerating an article’s cards as a task', () => {
  /** A host whose sample would get other cards if regenerated: fewer cards per 100 words. */
  async function withDenserCards() {
    const { host, api } = await hostWith(0);
    const [sample] = await api['articles:list']({});
    const id = sample!.id;
    const before = (await api['cards:list']({ articleId: id })).cards.map((c) => c.id);
    await api['study:setSettings']({ cardsPer100Words: 0.5 });
    return { host, api, id, before };
  }

  it('is listed while the cards are made, and changes them when it finishes', async () => {
    const { host, api, id, before } = await withDenserCards();
    const regenerating = api['cards:regenerate']({ articleId: id });
    expect(host.tasks.list()).toEqual([{ id: 1, label: 'Regenerating cards', done: 0, total: 1 }]);
    const report = await regenerating;
    expect(report.removed).toBeGreaterThan(0);
    expect((await api['cards:list']({ articleId: id })).cards.map((c) => c.id)).not.toEqual(before);
    expect(host.tasks.list()).toEqual([]);
  });

  it('writes nothing when cancelled before the cards are stored', async () => {
    const { host, api, id, before } = await withDenserCards();
    const file = join(host.library.home, 'articles', id, 'cards.json');
    const bytes = readFileSync(file, 'utf8');
    const regenerating = api['cards:regenerate']({ articleId: id });
    const [task] = await api['tasks:list']({});
    expect(await api['tasks:cancel']({ id: task!.id })).toEqual({ cancelled: true });
    await expect(regenerating).rejects.toThrow('Regenerating cards was cancelled.');
    expect(readFileSync(file, 'utf8')).toBe(bytes);
    expect((await api['cards:list']({ articleId: id })).cards.map((c) => c.id)).toEqual(before);
  });
});
