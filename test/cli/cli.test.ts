// The `lectern` command as scripts outside the project use it (../shared/CLI-CONTRACT.md):
// the compiled bin, run as a real process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SAMPLE_FILE, tempDir } from '../helpers/temp-home.js';

const BIN = join(REPO, 'bin', 'lectern.js');

function lectern(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-'), ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('lectern list', () => {
  it('creates a fresh home holding the sample and lists it as JSON', () => {
    const home = join(tempDir(), 'new-home');
    const { code, out } = lectern(['--home', home, 'list', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list).toHaveLength(1);
    const [item] = list;
    expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'title', 'byline', 'published', 'added', 'words', 'readingMinutes', 'progress', 'tags']));
    expect(item).toMatchObject({ id: '48b49f7991c0da8e', byline: 'time news', published: '2023-06-20T07:00:00', progress: 0, tags: [] });
    expect(item.readingMinutes).toBe(Math.ceil(item.words / 230));
    expect(new Date(item.added).toString()).not.toBe('Invalid Date');
  });

  it('lets --home beat LECTERN_HOME', () => {
    const a = tempDir();
    const b = tempDir();
    lectern(['--home', join(a, 'h'), 'list'], { LECTERN_HOME: join(b, 'h') });
    expect(existsSync(join(a, 'h', 'lectern.json'))).toBe(true);
    expect(existsSync(join(b, 'h'))).toBe(false);
  });

  it('uses LECTERN_HOME without --home', () => {
    const home = join(tempDir(), 'h');
    expect(lectern(['list'], { LECTERN_HOME: home }).code).toBe(0);
    expect(existsSync(join(home, 'lectern.json'))).toBe(true);
  });
});

describe('lectern import', () => {
  it('prints one id<TAB>title line per import on stdout and a summary on stderr', () => {
    const home = join(tempDir(), 'h');
    const src = tempDir('lectern-src-');
    writeFileSync(join(src, 'essay.md'), '# Notes on Attention\n\nAttention is the rarest form of generosity, someone once wrote.\n');
    writeFileSync(join(src, 'empty.txt'), '');
    writeFileSync(join(src, 'cover.png'), 'not an article');
    mkdirSync(join(src, 'more'));
    writeFileSync(join(src, 'more', 'copy.txt'), readFileSync(SAMPLE_FILE));
    const { code, out, err } = lectern(['--home', home, 'import', src]);
    expect(out).toMatch(/^[0-9a-f]{16}\tNotes on Attention\n$/);
    const lines = err.trim().split('\n');
    expect(lines.at(-1)).toBe('imported 1, duplicates 1, skipped 1, failed 1');
    expect(err).toMatch(/duplicate: .*copy\.txt/);
    expect(err).toMatch(/skipped: .*cover\.png/);
    expect(err).toMatch(/failed: .*empty\.txt: .*empty/i);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    expect(code).toBe(1);
  });

  it('exits 0 when nothing failed, and 2 without a path', () => {
    const home = join(tempDir(), 'h');
    expect(lectern(['--home', home, 'import', SAMPLE_FILE]).code).toBe(0);
    expect(lectern(['--home', home, 'import']).code).toBe(2);
  });
});

describe('lectern show', () => {
  it('prints the clean text of a FILE without touching the home', () => {
    const home = join(tempDir(), 'untouched');
    const { code, out } = lectern(['--home', home, 'show', SAMPLE_FILE, '--text']);
    expect(code).toBe(0);
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks[0]).toMatch(/^United States and China/);
    expect(blocks).toContain('More in tune with Qin');
    expect(out).not.toMatch(/We recommend:|Keep reading:|Leave a Comment|#United/);
    expect(existsSync(home)).toBe(false);
  });

  it('prints the JSON structure of a library article by ID', () => {
    const home = join(tempDir(), 'h');
    const { code, out } = lectern(['--home', home, 'show', '48b49f7991c0da8e', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ id: '48b49f7991c0da8e', byline: 'time news', published: '2023-06-20T07:00:00', language: 'en' });
    expect(doc.blocks.filter((b: { type: string }) => b.type === 'heading').map((b: { text: string }) => b.text)).toEqual([
      'More in tune with Qin', 'a positive step', 'risk reduction', 'Fentanyl, Ukraine and Americans in prison', 'Chinese vision',
    ]);
    for (const removed of doc.removed) expect(removed).toEqual(expect.objectContaining({ text: expect.any(String), reason: expect.any(String) }));
  });

  it('shows FILE --json with a null id', () => {
    const { out } = lectern(['show', SAMPLE_FILE, '--json'], { LECTERN_HOME: join(tempDir(), 'h') });
    expect(JSON.parse(out).id).toBeNull();
  });

  it('fails with one human line for an unknown ID, and 2 for bad usage', () => {
    const home = join(tempDir(), 'h');
    const missing = lectern(['--home', home, 'show', '0123456789abcdef', '--text']);
    expect(missing.code).toBe(1);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toMatch(/No article with ID 0123456789abcdef/);
    expect(lectern(['--home', home, 'show', SAMPLE_FILE]).code).toBe(2);
    expect(lectern(['--home', home, 'show', SAMPLE_FILE, '--text', '--json']).code).toBe(2);
    expect(lectern(['--home', home, 'frobnicate']).code).toBe(2);
    expect(lectern(['--home', home, 'list', '--nope']).code).toBe(2);
  });

  it('reports a recovered store file on stderr and still answers', () => {
    const home = join(tempDir(), 'h');
    lectern(['--home', home, 'list']);
    writeFileSync(join(home, 'articles', '48b49f7991c0da8e', 'meta.json'), '{"trunc');
    const { code, out, err } = lectern(['--home', home, 'list', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(1);
    expect(err).toMatch(/^lectern: recovered articles\/48b49f7991c0da8e\/meta\.json: the file is not valid JSON/);
  });
});
