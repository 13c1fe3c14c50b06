// One bad article record never closes the library (issue 20, item 4): a record from a newer
// Lectern, a meta.json that is a folder, an article folder replaced by a file and a record
// naming another article are each left on disk, listed as needing attention, and everything
// else — the list, the study queue and statistics, search, the CLI — keeps working.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { Library } from '../../src/host/services/library.js';
import { SearchService } from '../../src/host/services/search.js';
import { StudyService } from '../../src/host/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE_ID = '48b49f7991c0da8e';

async function libraryWithFourArticles(): Promise<{ home: string; ids: string[] }> {
  const home = tempDir();
  const library = Library.open(home, { samplesDir: SAMPLES });
  const ids: string[] = [];
  for (const name of ['Apricot', 'Bramble', 'Chestnut', 'Damson']) {
    const outcome = (await library.importText(`${name} orchards\n\nThe ${name.toLowerCase()} harvest came early this year in the valley.`, name)).outcomes[0]!;
    if (outcome.kind !== 'imported') throw new Error('import failed');
    ids.push(outcome.id);
  }
  return { home, ids };
}

function breakAll(home: string, [newer, folderMeta, fileFolder, otherId]: string[]): void {
  const meta = (id: string) => join(home, 'articles', id!, 'meta.json');
  writeFileSync(meta(newer!), readFileSync(meta(newer!), 'utf8').replace('"schema": 1', '"schema": 99'));
  rmSync(meta(folderMeta!));
  mkdirSync(meta(folderMeta!));
  rmSync(join(home, 'articles', fileFolder!), { recursive: true });
  writeFileSync(join(home, 'articles', fileFolder!), 'not a folder');
  writeFileSync(meta(otherId!), readFileSync(meta(otherId!), 'utf8').replace(`"id": "${otherId}"`, `"id": "${newer}"`));
}

describe('a library with bad article records', () => {
  it('lists every good article, once, and each bad one as needing attention', async () => {
    const { home, ids } = await libraryWithFourArticles();
    breakAll(home, ids);
    const library = Library.open(home);
    expect(library.list().map((a) => a.id)).toEqual([SAMPLE_ID]);
    const attention = library.needsAttention();
    expect(attention.map((a) => a.id).sort()).toEqual([...ids].sort());
    const problem = (id: string) => attention.find((a) => a.id === id)!.problem;
    expect(problem(ids[0]!)).toMatch(/newer version of Lectern/);
    expect(problem(ids[1]!)).toMatch(/meta\.json is a folder/);
    expect(problem(ids[2]!)).toMatch(/a file where its folder should be/);
    expect(problem(ids[3]!)).toMatch(new RegExp(`names another article \\(${ids[0]}\\)`));
  });

  it('leaves every bad record where it was, unchanged', async () => {
    const { home, ids } = await libraryWithFourArticles();
    breakAll(home, ids);
    const before = readFileSync(join(home, 'articles', ids[0]!, 'meta.json'), 'utf8');
    const library = Library.open(home);
    library.list();
    library.needsAttention();
    expect(readFileSync(join(home, 'articles', ids[0]!, 'meta.json'), 'utf8')).toBe(before);
    expect(statSync(join(home, 'articles', ids[1]!, 'meta.json')).isDirectory()).toBe(true);
    expect(readFileSync(join(home, 'articles', ids[2]!), 'utf8')).toBe('not a folder');
  });

  it('keeps the study queue, statistics and search working', async () => {
    const { home, ids } = await libraryWithFourArticles();
    const study = new StudyService(Library.open(home).store);
    await study.regenerate(SAMPLE_ID);
    study.keepAll(SAMPLE_ID);
    breakAll(home, ids);
    const library = Library.open(home);
    const after = new StudyService(library.store);
    expect(after.queue().cards.length).toBeGreaterThan(0);
    expect(after.stats(30)).toBeTruthy();
    expect(after.dueCounts()).toBeTruthy();
    const search = new SearchService(library.store, { builder: null });
    expect(search.search('Blinken').map((r) => r.articleId)).toContain(SAMPLE_ID);
  });

  it('says why an article that needs attention cannot be opened', async () => {
    const { home, ids } = await libraryWithFourArticles();
    breakAll(home, ids);
    const library = Library.open(home);
    expect(() => library.get(ids[1]!)).toThrow(/needs attention: its meta\.json is a folder/);
    expect(() => library.get(ids[2]!)).toThrow(/needs attention: it is a file where its folder should be/);
  });

  it('prints each one on stderr from `lectern list`, which still succeeds', async () => {
    const { home, ids } = await libraryWithFourArticles();
    breakAll(home, ids);
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), errIsTty: false, env: {}, cwd: home, samplesDir: SAMPLES, rendererDir: home };
    const code = await runCli(['--home', home, 'list'], io);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const id of ids) expect(lines.some((l) => l.startsWith(`lectern: needs attention: articles/${id}: `))).toBe(true);
  });
});
