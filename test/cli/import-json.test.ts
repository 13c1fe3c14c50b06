// `lectern import-json` into a fresh home, which starts with the sample: the sample's work in
// the backup (cards, reviews, highlights, note, edited summary) comes back equal, through the
// compiled bin and real files.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/temp-home.js';
import { richLibrary, SAMPLE } from '../core/export/fixture.js';

const BIN = join(REPO, 'bin', 'lectern.js');

function lectern(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-') } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function sampleOf(file: string) {
  const a = JSON.parse(readFileSync(file, 'utf8')).articles.find((x: { id: string }) => x.id === SAMPLE);
  return { cards: a.cards.cards, reviewLog: a.reviewLog, decisions: a.decisions, notes: a.notes, summary: a.summary };
}

describe('lectern import-json into a library that already has the article', () => {
  it('brings back the sample\'s cards, review log, highlights, note and edited summary', async () => {
    const home = tempDir();
    const lib = await richLibrary(home);
    lib.notes.editSummary(SAMPLE, { ...lib.notes.summary(SAMPLE).summary, keyPoints: [{ text: 'What I took from it.', paragraph: 0 }] });
    const dir = tempDir('lectern-out-');
    const backup = join(dir, 'backup.json');
    expect(lectern(['--home', home, 'export', '--all', '--format', 'json', '--out', backup]).code).toBe(0);

    const fresh = join(tempDir(), 'fresh');
    expect(lectern(['--home', fresh, 'quiz', SAMPLE, '--json']).code).toBe(0); // the fresh sample, with its own cards
    const restored = lectern(['--home', fresh, 'import-json', backup]);
    expect(restored.code).toBe(0);
    expect(restored.err).toMatch(new RegExp(`^merged: ${SAMPLE} ".*": added [^;]*3 reviews[^;]*2 highlights, 1 note, 1 edited summary;`, 'm'));

    const again = join(dir, 'again.json');
    expect(lectern(['--home', fresh, 'export', '--all', '--format', 'json', '--out', again]).code).toBe(0);
    expect(sampleOf(again)).toEqual(sampleOf(backup));
  });
});
