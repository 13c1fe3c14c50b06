// Images kept with an article: only raster formats recognised by their bytes (never SVG,
// which can carry script), each under a size cap, under safe unique names ([\w.-]+).
import type { Asset } from '../../shared/types.js';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** data: URIs sit inside the page's text; a smaller cap keeps a pasted blob from swelling it. */
export const MAX_DATA_URI_BYTES = 2 * 1024 * 1024;

const SIGNATURES: readonly (readonly [string, string, readonly number[]])[] = [
  ['image/png', 'png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', 'jpg', [0xff, 0xd8, 0xff]],
  ['image/gif', 'gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/bmp', 'bmp', [0x42, 0x4d]],
];

/** The image type of the bytes, or null when they are not a raster image Lectern shows. */
export function sniffImage(bytes: Uint8Array): { type: string; ext: string } | null {
  for (const [type, ext, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return { type, ext };
  }
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { type: 'image/webp', ext: 'webp' };
  if (ascii(4, 12) === 'ftypavif') return { type: 'image/avif', ext: 'avif' };
  return null;
}

/** Collects an article's images; the same source is stored once. */
export class AssetStore {
  readonly assets: Asset[] = [];
  private readonly bySource = new Map<string, string | null>();
  private readonly names = new Set<string>();

  /** Stores the image read for `source` (once) and returns its asset name, or null. */
  add(source: string, read: () => Uint8Array | null, maxBytes = MAX_IMAGE_BYTES): string | null {
    const known = this.bySource.get(source);
    if (known !== undefined) return known;
    let bytes: Uint8Array | null = null;
    try {
      bytes = read();
    } catch {
      bytes = null;
    }
    const kind = bytes && bytes.length <= maxBytes ? sniffImage(bytes) : null;
    const name = bytes && kind ? this.nameFor(source, kind.ext) : null;
    if (bytes && kind && name) this.assets.push({ name, type: kind.type, bytes });
    this.bySource.set(source, name);
    return name;
  }

  private nameFor(source: string, ext: string): string {
    const last = source.startsWith('data:') ? 'image' : (source.split(/[/\\]/).pop() ?? 'image');
    const stem = last.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 60) || 'image';
    let name = `${stem}.${ext}`;
    for (let n = 2; this.names.has(name); n++) name = `${stem}-${n}.${ext}`;
    this.names.add(name);
    return name;
  }
}

/** The bytes of a base64 or percent-encoded data: URI, or null. */
export function decodeDataUri(uri: string): Uint8Array | null {
  const match = /^data:([^,]*?),(.*)$/is.exec(uri.trim());
  if (!match) return null;
  const [, meta = '', payload = ''] = match;
  if (payload.length > MAX_DATA_URI_BYTES * 1.4) return null;
  try {
    if (/;base64$/i.test(meta)) return new Uint8Array(Buffer.from(payload.replace(/\s+/g, ''), 'base64'));
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return null;
  }
}
