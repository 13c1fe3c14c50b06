// `lectern quiz ID|FILE [--json] [--max N]` as ../shared/CLI-CONTRACT.md defines it, run as the
// compiled bin (build first: `npx tsc -p tsconfig.cli.json`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SAMPLE_FILE, tempDir } from '../helpers/temp-home.js';

const BIN = join(REPO, 'bin', 'lectern.js');
const FRENCH = join(REPO, 'test', 'fixtures', 'cards', 'french-article.txt');

function lectern(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-') } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('lectern quiz', () => {
  it('prints the contract JSON for a FILE, best first, without touching the home', () => {
    const home = join(tempDir(), 'untouched');
    const { code, out } = lectern(['--home', home, 'quiz', SAMPLE_FILE, '--json']);
    expect(code).toBe(0);
    expect(existsSync(home)).toBe(false);
    const doc = JSON.parse(out);
    expect(doc.article).toEqual({ id: null, title: expect.stringContaining('Antony Blinken') });
    expect(doc.cards.length).toBeGreaterThan(5);
    for (const card of doc.cards) {
      expect(Object.keys(card)).toEqual(expect.arrayContaining(['id', 'kind', 'front', 'back', 'source']));
      expect(['cloze', 'quote', 'choice', 'identity', 'qa']).toContain(card.kind);
      expect(Object.keys(card.source).sort()).toEqual(['end', 'paragraph', 'start', 'text']);
      expect('choices' in card).toBe(card.kind === 'choice');
      expect('cloze' in card).toBe(card.kind === 'cloze');
      if (card.kind === 'choice') expect(card.choices).toContain(card.back);
      if (card.kind === 'cloze') expect(card.cloze).toContain(`{{c1::${card.back}}}`);
    }
    // Best first: in the final ranking (the rules' score blended with the quality model).
    expect(doc.cards.map((c: { features: { rank: number } }) => c.features.rank)).toEqual(doc.cards.map((_: unknown, i: number) => i));
  });

  it('reads an ID from the library, with the id in the JSON', () => {
    const home = join(tempDir(), 'h');
    const list = JSON.parse(lectern(['--home', home, 'list', '--json']).out);
    const id = list[0].id as string;
    const { code, out } = lectern(['--home', home, 'quiz', id, '--json', '--max', '3']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.article.id).toBe(id);
    expect(doc.cards).toHaveLength(3);
  });

  it('prints a readable listing without --json', () => {
    const { code, out } = lectern(['quiz', SAMPLE_FILE, '--max', '4']);
    expect(code).toBe(0);
    expect(out).toMatch(/^1\. \[\w+\] /m);
    expect(out.match(/^\d+\. /gm)).toHaveLength(4);
    // Each card's answer on the line under it.
    expect(out.match(/^\d+\. .+\n {3}→ \S/gm)).toHaveLength(4);
  });

  it('refuses a --max that is not a positive integer with a usage error', () => {
    for (const bad of ['0', '-2', 'abc', '1.5']) {
      const { code, err } = lectern(['quiz', SAMPLE_FILE, `--max=${bad}`]);
      expect(code).toBe(2);
      expect(err).toMatch(/--max must be a positive integer/);
    }
  });

  it('says on one stderr line that cards support English for now, and exits 0', () => {
    const { code, out, err } = lectern(['quiz', FRENCH, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).cards).toEqual([]);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/supports English for now/);
  });
});
