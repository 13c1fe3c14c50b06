import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.js';
import { decodeText, MAX_FILE_BYTES, parseFile, sourceFormatOf } from '../../../src/core/parse/index.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    out[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
};

describe('decodeText', () => {
  it('reads UTF-8 and strips a byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café\n')]);
    expect(decodeText(withBom)).toEqual({ text: 'Café\n', encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode('naïve'))).toEqual({ text: 'naïve', encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian with a byte order mark', () => {
    expect(decodeText(utf16('Grüße\r\nzwei', false))).toEqual({ text: 'Grüße\nzwei', encoding: 'utf-16le' });
    expect(decodeText(utf16('Grüße', true))).toEqual({ text: 'Grüße', encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94))).toEqual({ text: 'café “ok”', encoding: 'windows-1252' });
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc')).text).toBe('a\nb\nc');
  });

  it('refuses an empty or whitespace-only file', () => {
    expect(() => decodeText(bytes())).toThrow(ParseError);
    expect(() => decodeText(new TextEncoder().encode(' \n\t\r\n'))).toThrow(/empty/);
  });

  it('refuses binary content: NUL bytes, or many control characters', () => {
    expect(() => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41))).toThrow(/binary file, not text/);
    const controls = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x61));
    expect(() => decodeText(controls)).toThrow(/binary file, not text/);
  });

  it('refuses the known binary signatures by name, even when no NUL byte follows (a "‰PNG" title)', () => {
    const after = (head: number[], text = ' then some ordinary looking words') => new Uint8Array([...head, ...new TextEncoder().encode(text)]);
    expect(() => decodeText(after([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toThrow('The file looks like a binary file, not text: it is a PNG image.');
    expect(() => decodeText(after([0xff, 0xd8, 0xff, 0xe0]))).toThrow(/it is a JPEG image/);
    expect(() => decodeText(after([], 'GIF89a and more'))).toThrow(/it is a GIF image/);
    expect(() => decodeText(after([], '%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toThrow(/it is a PDF document \(rename it to \.pdf to import it\)/);
    expect(() => decodeText(after([0x50, 0x4b, 0x03, 0x04]))).toThrow(/it is a zip archive/);
  });

  it('still reads text that merely mentions those formats', () => {
    expect(decodeText(new TextEncoder().encode('PNG files start with a signature; GIF89a is a version.')).text).toMatch(/^PNG files/);
  });

  it('refuses a file over the limit (50 MiB by default), naming its size and the limit', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1024 * 1024).fill(0x61);
    expect(() => decodeText(big)).toThrow(/51\.0 MiB.*50\.0 MiB/);
    expect(() => decodeText(new Uint8Array(3 * 1024 * 1024).fill(0x61), 2 * 1024 * 1024)).toThrow(/3\.0 MiB.*2\.0 MiB/);
  });
});

describe('sourceFormatOf', () => {
  it('maps text and Markdown extensions, case-insensitively, and nothing else', () => {
    expect(sourceFormatOf('notes.txt')).toBe('text');
    expect(sourceFormatOf('NOTES.TEXT')).toBe('text');
    for (const name of ['a.md', 'a.markdown', 'a.mdown', 'a.mkd']) expect(sourceFormatOf(name)).toBe('markdown');
    expect(sourceFormatOf('a.pdf')).toBeNull();
    expect(sourceFormatOf('README')).toBeNull();
  });
});

describe('parseFile', () => {
  it('refuses an unsupported extension with a ParseError', () => {
    expect(() => parseFile(new TextEncoder().encode('hello'), 'photo.jpg')).toThrow(ParseError);
  });

  it('returns the decoded text along with the article', () => {
    const { text, article } = parseFile(new TextEncoder().encode('Title\r\n\r\nOne body sentence here.'), 'a.txt');
    expect(text).toBe('Title\n\nOne body sentence here.');
    expect(article.title).toBe('Title');
    expect(article.encoding).toBe('utf-8');
  });
});
