// `lectern summary` as ../shared/CLI-CONTRACT.md defines it, run as a real process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SAMPLE_FILE, tempDir } from '../helpers/temp-home.js';

function lectern(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'lectern.js'), '--home', join(tempDir(), 'h'), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lectern summary', () => {
  it('prints the contract JSON for a FILE', () => {
    const { code, out } = lectern(['summary', SAMPLE_FILE, '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc).sort()).toEqual(['keyPoints', 'numbers', 'organizations', 'people', 'places', 'timeline']);
    expect(doc.people).toContainEqual({ name: 'Qin Gang', role: 'Chinese Foreign Minister' });
    expect(doc.timeline.map((t: { date: string }) => t.date)).toEqual(expect.arrayContaining(['2021', '2022-08']));
    for (const p of doc.keyPoints) expect(p).toEqual({ text: expect.any(String), paragraph: expect.any(Number) });
  });

  it('gives --points key points, and refuses a bad --points with exit 2', () => {
    expect(JSON.parse(lectern(['summary', SAMPLE_FILE, '--json', '--points', '5']).out).keyPoints).toHaveLength(5);
    expect(lectern(['summary', SAMPLE_FILE, '--points', 'many']).code).toBe(2);
  });

  it('prints a readable summary of a library article by ID', () => {
    const { code, out } = lectern(['summary', '48b49f7991c0da8e']);
    expect(code).toBe(0);
    expect(out).toMatch(/Key points\n/);
    expect(out).toMatch(/Wang Yi — head of the Foreign Affairs Commission/);
  });
});
