// `lectern show FILE` and `lectern import FILE` read every format through one path: the text a
// file shows before import is the text the library holds after it. Runs the compiled bin.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildEpub, para, plainOnePagePdf, singleColumnPdf } from '../fixtures/formats/build.js';
import { REPO, tempDir } from '../helpers/temp-home.js';

const BIN = join(REPO, 'bin', 'lectern.js');

function lectern(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-') } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const STORY = [
  'Flood water swept through the harbour town of Elmsby on Tuesday night after the sea wall gave way.',
  'Residents of the lower streets were woken by sirens shortly after midnight.',
  'The harbour master said the wall had been due for repair since last spring.',
  'The county council will meet on Friday to decide how the repair budget is spent.',
  'Councillors have argued for months over whether the money should go to roads or to schools.',
  'Meanwhile the village school has opened its hall to families who lost their homes.',
  'The school will stay closed to pupils until Monday at the earliest.',
].join(' ');

const FILES: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
  'unbroken.txt': () => new TextEncoder().encode(STORY),
  'notes.md': () => new TextEncoder().encode(`# Harbour notes\n\n${STORY}\n`),
  'page.html': () => new TextEncoder().encode(`<html><head><title>Elmsby floods | The Harbour Post</title></head><body><article><h1>Elmsby floods</h1><p>${STORY}</p></article></body></html>`),
  'book.epub': () => buildEpub(),
  'coast.pdf': () => singleColumnPdf(),
  'tides.pdf': () => plainOnePagePdf(),
  'report.docx': () => buildDocx(`${para('Harbour report', 'Title')}${para(STORY)}`),
};

describe('lectern import of a book with a chapter missing', () => {
  it('imports it and warns on stderr which chapter could not be read', async () => {
    const { CHAPTERS } = await import('../fixtures/formats/build.js');
    const dir = tempDir('lectern-src-');
    const file = join(dir, 'book.epub');
    writeFileSync(file, buildEpub([CHAPTERS[0]!, { ...CHAPTERS[1]!, missing: true }]));
    const { code, out, err } = lectern(['--home', join(tempDir(), 'h'), 'import', file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^[0-9a-f]{16}\t/);
    expect(err).toContain(`warning: ${file}: 1 chapter could not be read: OEBPS/text/ch2.xhtml (missing from the book).`);
    expect(err.trim().split('\n').at(-1)).toBe('imported 1, duplicates 0, skipped 0, failed 0');
  });
});

describe('lectern show FILE and lectern import FILE', () => {
  for (const [name, build] of Object.entries(FILES)) {
    it(`give the same text for ${name}`, async () => {
      const dir = tempDir('lectern-src-');
      const home = join(tempDir(), 'h');
      const file = join(dir, name);
      writeFileSync(file, await build());
      const shown = lectern(['--home', home, 'show', file, '--text']);
      expect(shown.err).toBe('');
      expect(shown.code).toBe(0);
      const imported = lectern(['--home', home, 'import', file]);
      expect(imported.code).toBe(0);
      const id = imported.out.split('\t')[0] ?? '';
      const stored = lectern(['--home', home, 'show', id, '--text']);
      expect(stored.out).toBe(shown.out);
      const [title = '', ...body] = shown.out.trimEnd().split('\n\n');
      expect(title.length).toBeLessThanOrEqual(150);
      expect(body.join('').trim()).not.toBe('');
    });
  }
});
