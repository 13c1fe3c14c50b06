// Bytes → text: detects the encoding (BOM, UTF-8, windows-1252 fallback), refuses files that
// are empty, binary or too large, and normalises line endings to LF.
import { ParseError } from '../errors.js';
import { binaryKind } from './binary.js';

/** The default largest file Lectern reads (a setting of the library; see Settings.maxFileMiB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Share of control characters above which text is treated as binary. */
const MAX_CONTROL_SHARE = 0.05;

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function detectBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** windows-1252's characters for bytes 0x80–0x9F (the rest match Latin-1); 0 = undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decoded by hand: some runtimes (Node 20 among them) read the 'windows-1252' label as plain
 * Latin-1 and leave 0x80–0x9F as control characters instead of “smart quotes” and dashes.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    const high = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : undefined;
    out += String.fromCharCode(high || byte);
  }
  return out;
}

function decodeWithout(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) throw new ParseError('The file looks like a binary file, not text.');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: legacy single-byte text, read as the superset of Latin-1 that Windows uses.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function controlShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return text.length === 0 ? 0 : controls / text.length;
}

/** Refuses a file over the size limit; callers check its size before reading it. */
export function assertNotTooLarge(size: number, limit = MAX_FILE_BYTES): void {
  if (size > limit) {
    throw new ParseError(`The file is too large: ${mebibytes(size)}, and the limit is ${mebibytes(limit)}.`);
  }
}

/** Decodes a text file's bytes; throws ParseError when they are not a usable text. */
export function decodeText(bytes: Uint8Array, limit = MAX_FILE_BYTES): DecodedText {
  assertNotTooLarge(bytes.length, limit);
  const kind = binaryKind(bytes);
  if (kind !== null) throw new ParseError(`The file looks like a binary file, not text: it is ${kind}.`);
  const bom = detectBom(bytes);
  const decoded = bom
    ? {
        text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.skip)),
        encoding: bom.encoding,
      }
    : decodeWithout(bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ParseError('The file is empty: it holds no text.');
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new ParseError('The file looks like a binary file, not text.');
  }
  return { text, encoding: decoded.encoding };
}
