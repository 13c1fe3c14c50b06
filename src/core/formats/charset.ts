// Bytes of a web page → text: a BOM wins, then the charset a <meta> declares in the first
// bytes; UTF-8 and the windows-1252 family go through the text decoder (UTF-8, falling back
// to windows-1252 when the bytes are not valid UTF-8); other declared charsets use TextDecoder.
import { decodeText, type DecodedText } from '../parse/index.js';
import { ParseError } from '../errors.js';

const PRESCAN_BYTES = 4096;
const WESTERN = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'windows-1252', 'iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'x-cp1252', 'iso_8859-1', 'iso8859-1']);

/** The charset label a page declares in a <meta> near its start, lowercased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

export function decodeHtml(bytes: Uint8Array): DecodedText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const label = hasBom ? null : declaredCharset(bytes);
  if (label === null || WESTERN.has(label) || label.startsWith('utf-16')) return decodeText(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return decodeText(bytes); // an unknown label: read as the default
  }
  const text = decoder.decode(bytes).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ParseError('The file is empty: it holds no text.');
  return { text, encoding: decoder.encoding };
}
