// The pure pieces of the exports: hashing, names, escaping, CSV fields.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { articleFileName, csvField, escapeHtml, fieldChecksum, sha1Hex, slugOf, stableAnkiId, stripHtml } from '../../../src/core/export/index.js';

describe('sha1Hex', () => {
  it('matches node:crypto, Unicode and block boundaries included', () => {
    for (const text of ['', 'abc', 'Blinken’s visit to Beijing – Asia', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000)]) {
      expect(sha1Hex(text)).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('file names', () => {
  it('are the slug of the title and the start of the ID', () => {
    const meta = { id: '48b49f7991c0da8e', sourceName: 'a.txt', byline: null, published: null, added: '', state: { title: 'United States and China: balance of Antony Blinken’s visit to Beijing – Asia – International', tags: [] } };
    expect(articleFileName(meta, 'md')).toBe('united-states-and-china-balance-48b49f79.md');
    expect(slugOf('Çà et là: ÉTÉ')).toBe('ca-et-la-ete');
    expect(slugOf('日本語')).toBe('article');
    expect(slugOf('Supercalifragilisticexpialidociousandmore words')).toHaveLength(32);
  });
});

describe('escaping', () => {
  it('escapes HTML and strips it back for Anki checksums', () => {
    const html = escapeHtml('<b>"A" & \'B\'</b>');
    expect(html).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    expect(stripHtml(`${html}<br>more`)).toBe('<b>"A" & \'B\'</b> more');
  });

  it('computes Anki checksums and stable IDs', () => {
    expect(fieldChecksum('<b>hello</b>')).toBe(parseInt(createHash('sha1').update('hello').digest('hex').slice(0, 8), 16));
    expect(stableAnkiId('x')).toBe(stableAnkiId('x'));
    expect(Number.isSafeInteger(stableAnkiId('y'))).toBe(true);
  });

  it('quotes CSV fields as RFC 4180 says', () => {
    const tricky = 'a, "b"\nc';
    expect(csvField('plain')).toBe('plain');
    expect(Papa.parse<string[]>(`${csvField(tricky)},x\r\n`, { skipEmptyLines: true }).data).toEqual([[tricky, 'x']]);
  });
});
