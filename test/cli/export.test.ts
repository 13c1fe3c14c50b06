// `lectern export` and `lectern import-json` as scripts use them: the compiled bin, run as a
// real process over a library built with the real services.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO, tempDir } from '../helpers/temp-home.js';
import { richLibrary, SAMPLE } from '../core/export/fixture.js';

const BIN = join(REPO, 'bin', 'lectern.js');
/** Each spawn starts Node and loads the library: seconds each on a busy machine. */
const SLOW = 240_000;

function lectern(args: string[], cwd = REPO) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-') } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('lectern export', () => {
  it('writes one Markdown file for one article, and a folder with an index for several', async () => {
    const home = tempDir();
    const { other } = await richLibrary(home);
    const dir = tempDir('lectern-out-');
    const one = lectern(['--home', home, 'export', SAMPLE, '--format', 'md', '--out', join(dir, 'note.md')]);
    expect(one.code).toBe(0);
    expect(one.out).toBe(`${join(dir, 'note.md')}\n`);
    expect(one.err).toMatch(/^exported 1 article as md \(1 file\) with \d+ cards\n$/);
    expect(parseYaml(readFileSync(join(dir, 'note.md'), 'utf8').split(/^---$/m)[1]!)).toMatchObject({ lectern_id: SAMPLE, tags: ['geopolitics', 'us china'] });

    const many = lectern(['--home', home, 'export', '--all', '--format', 'md', '--out', join(dir, 'vault')]);
    expect(many.code).toBe(0);
    const files = readdirSync(join(dir, 'vault')).sort();
    expect(files).toEqual(['index.md', 'united-states-and-china-balance-48b49f79.md', expect.stringMatching(new RegExp(`^attention-.*-${other.slice(0, 8)}\\.md$`))].sort());
    expect(many.out.trim().split('\n')).toHaveLength(3);
    // Re-exporting overwrites the same files.
    expect(lectern(['--home', home, 'export', other, SAMPLE, '--format', 'md', '--out', join(dir, 'vault')]).code).toBe(0);
    expect(readdirSync(join(dir, 'vault')).sort()).toEqual(files);
  }, SLOW);

  it('writes the single-file formats to PATH', async () => {
    const home = tempDir();
    await richLibrary(home);
    const dir = tempDir('lectern-out-');
    for (const format of ['anki', 'apkg', 'csv', 'json', 'html']) {
      const path = join(dir, `all.${format}`);
      const { code, out, err } = lectern(['--home', home, 'export', '--all', '--format', format, '--out', path]);
      expect({ format, code, err: err.split('\n').at(-2) }).toMatchObject({ format, code: 0, err: expect.stringMatching(/^exported 2 articles as \w+ \(\d+ files?\) with \d+ cards?$/) });
      if (format !== 'html') {
        expect(out).toBe(`${path}\n`);
        expect(existsSync(path)).toBe(true);
      }
    }
    expect(readFileSync(join(dir, 'all.anki'), 'utf8')).toMatch(/^#separator:tab\n#html:true\n/);
    expect(readFileSync(join(dir, 'all.apkg')).subarray(0, 2).toString()).toBe('PK');
  }, SLOW);

  it('refuses bad usage with exit 2 and an unknown article with exit 1, writing nothing', async () => {
    const home = tempDir();
    await richLibrary(home);
    const dir = tempDir('lectern-out-');
    expect(lectern(['--home', home, 'export', SAMPLE, '--format', 'pdf', '--out', join(dir, 'x')]).code).toBe(2);
    expect(lectern(['--home', home, 'export', SAMPLE, '--format', 'md']).code).toBe(2);
    expect(lectern(['--home', home, 'export', '--format', 'md', '--out', join(dir, 'x')]).code).toBe(2);
    const unknown = lectern(['--home', home, 'export', SAMPLE, 'abcdefabcdefabcd', '--format', 'json', '--out', join(dir, 'x.json')]);
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim().split('\n')).toEqual([expect.stringContaining('abcdefabcdefabcd')]);
    expect(readdirSync(dir)).toEqual([]);
  }, SLOW);
});

describe('lectern export --cards', () => {
  // A fresh home holds the sample and nothing else: no card was triaged, none is even stored.
  function freshHome(): string {
    const home = join(tempDir(), 'h');
    expect(lectern(['--home', home, 'list']).code).toBe(0);
    return home;
  }
  const rowsOf = (anki: string) => anki.split('\n').filter((l) => l && !l.startsWith('#'));

  it('says, by default, how many untriaged cards it left out and how to include them', () => {
    const home = freshHome();
    const dir = tempDir('lectern-out-');
    const { code, out, err } = lectern(['--home', home, 'export', SAMPLE, '--format', 'anki', '--out', join(dir, 'a.txt')]);
    expect(code).toBe(0);
    expect(out).toBe(`${join(dir, 'a.txt')}\n`);
    const lines = err.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^\d+ untriaged cards left out; add --cards all to include them$/), 'exported 1 article as anki (1 file) with 0 cards']);
    expect(Number(lines[0]!.split(' ')[0])).toBeGreaterThan(3);
    expect(rowsOf(readFileSync(join(dir, 'a.txt'), 'utf8'))).toEqual([]);
  }, SLOW);

  it('exports the untriaged cards with --cards all, for anki, apkg and csv, and leaves the library as it was', () => {
    const home = freshHome();
    const dir = tempDir('lectern-out-');
    const cardsFile = join(home, 'articles', SAMPLE, 'cards.json');
    const before = existsSync(cardsFile) ? readFileSync(cardsFile, 'utf8') : null;
    const left = Number(lectern(['--home', home, 'export', SAMPLE, '--format', 'csv', '--out', join(dir, 'kept.csv')]).err.split(' ')[0]);
    expect(left).toBeGreaterThan(3);
    for (const format of ['anki', 'apkg', 'csv']) {
      const path = join(dir, `all.${format}`);
      const { code, err } = lectern(['--home', home, 'export', '--all', '--format', format, '--cards', 'all', '--out', path]);
      expect({ format, code, err }).toEqual({ format, code: 0, err: `exported 1 article as ${format} (1 file) with ${left} cards\n` });
    }
    expect(rowsOf(readFileSync(join(dir, 'all.anki'), 'utf8'))).toHaveLength(left);
    expect(readFileSync(join(dir, 'all.csv'), 'utf8').split('\r\n').filter((l) => l.startsWith('card,'))).toHaveLength(left);
    // Reading only: cards generated for the export are not stored, stored ones not changed.
    expect(existsSync(cardsFile) ? readFileSync(cardsFile, 'utf8') : null).toBe(before);
  }, SLOW);

  it('never exports dropped cards, and counts what went out', async () => {
    const home = tempDir();
    const { study } = await richLibrary(home);
    const cards = study.cards(SAMPLE);
    const dir = tempDir('lectern-out-');
    const kept = lectern(['--home', home, 'export', SAMPLE, '--format', 'anki', '--out', join(dir, 'k.txt')]);
    expect(kept.err).toBe(`exported 1 article as anki (1 file) with ${cards.cards.length} cards\n`);
    const all = lectern(['--home', home, 'export', SAMPLE, '--format', 'anki', '--cards', 'all', '--out', join(dir, 'a.txt')]);
    expect(all.err).toBe(kept.err);
    expect(cards.dropped).toBe(1);
  }, SLOW);

  it('refuses an unknown --cards value as a usage error', () => {
    const home = freshHome();
    const dir = tempDir('lectern-out-');
    const bad = lectern(['--home', home, 'export', SAMPLE, '--format', 'csv', '--cards', 'dropped', '--out', join(dir, 'x.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^lectern: --cards must be one of kept, all, not "dropped"\n/);
    expect(readdirSync(dir)).toEqual([]);
  }, SLOW);
});

describe('lectern import-json', () => {
  it('restores an export into a fresh home, merging the sample it already has', async () => {
    const home = tempDir();
    const { library, other } = await richLibrary(home);
    const dir = tempDir('lectern-out-');
    const backup = join(dir, 'backup.json');
    expect(lectern(['--home', home, 'export', '--all', '--format', 'json', '--out', backup]).code).toBe(0);
    const fresh = join(tempDir(), 'fresh');
    // A fresh home starts with the sample: it is merged, the other article restored.
    expect(lectern(['--home', fresh, 'list']).code).toBe(0);
    const first = lectern(['--home', fresh, 'import-json', backup]);
    expect(first.code).toBe(0);
    expect(first.out).toBe(`${other}\t${library.get(other).title}\n`);
    expect(first.err).toMatch(new RegExp(`^merged: ${SAMPLE} ".*": added .*3 reviews.*; merged .*; kept .*\n`));
    expect(first.err.trim().split('\n').at(-1)).toBe('restored 1, merged 1, skipped 0, failed 0');
    const list = JSON.parse(lectern(['--home', fresh, 'list', '--json']).out);
    expect(list.map((a: { id: string }) => a.id).sort()).toEqual([SAMPLE, other].sort());
    const again = lectern(['--home', fresh, 'import-json', backup]);
    expect(again.err.trim().split('\n').at(-1)).toBe('restored 0, merged 2, skipped 0, failed 0');
    expect(again.err).toMatch(new RegExp(`^merged: ${SAMPLE} ".*": added nothing; merged nothing; kept .*$`, 'm'));
  });

  it('refuses a malformed file with one line and exit 1, importing nothing', async () => {
    const dir = tempDir('lectern-in-');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'lectern-backup', version: 1, exportedAt: 'x', articles: [{ id: 'nope' }] }));
    const home = join(tempDir(), 'h');
    const { code, out, err } = lectern(['--home', home, 'import-json', bad]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(/^lectern: This Lectern backup is damaged at articles\.0\.id: .*Nothing was imported\.$/)]);
    expect(lectern(['--home', home, 'import-json']).code).toBe(2);
    expect(lectern(['--home', home, 'import-json', join(dir, 'missing.json')]).code).toBe(1);
  });
});
