// Reads a zip container (EPUB, DOCX) in memory, defensively: the central directory's declared
// sizes are checked first, then every entry is inflated in small slices while the real output
// is counted, so an archive that lies about its sizes is stopped at the cap. Entries whose
// names could escape a folder ("../x", "/etc/x", "C:\x") are left out: they read as missing.
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { ParseError } from '../errors.js';

export interface ZipLimits {
  readonly maxExpandedBytes: number;
  /** Names the container in messages: "EPUB", "Word document". */
  readonly label: string;
  /** The message for a file that is not a zip at all. */
  readonly notZip: string;
}

/** Compressed bytes pushed at a time: deflate expands at most ~1032×, so one slice stays small. */
const SLICE = 8 * 1024;
const MAX_ENTRIES = 20_000;

const mebibytes = (n: number): string => `${Math.round(n / (1024 * 1024))} MiB`;

/** A path inside the archive that stays inside it: relative, no "..", no drive or scheme. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[a-z]:/i.test(name) || name.includes('\0')) return false;
  return !name.split('/').some((part) => part === '..');
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function tooLarge(limits: ZipLimits): ParseError {
  return new ParseError(`This ${limits.label} expands to more than ${mebibytes(limits.maxExpandedBytes)}; Lectern refuses it as unsafe.`);
}

/** Walks the central directory without inflating anything: entry names and declared sizes. */
function listEntries(bytes: Uint8Array, limits: ZipLimits): Set<string> {
  const names = new Set<string>();
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        declared += file.originalSize;
        if (declared > limits.maxExpandedBytes) throw tooLarge(limits);
        if (names.size >= MAX_ENTRIES) throw new ParseError(`This ${limits.label} holds too many files (over ${MAX_ENTRIES}).`);
        if (isSafeEntryName(file.name) && !file.name.endsWith('/')) names.add(file.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(`This ${limits.label} is damaged: its list of contents cannot be read.`);
  }
  return names;
}

/**
 * All safe entries of the archive, inflated. Throws ParseError when the archive is not a zip,
 * is damaged, or expands past `maxExpandedBytes` (counted on the real output, not the headers).
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  if (!isZip(bytes)) throw new ParseError(limits.notZip);
  const wanted = listEntries(bytes, limits);
  const chunks = new Map<string, Uint8Array[]>();
  let expanded = 0;
  let failure: unknown = null;
  const unzip = new Unzip((file: UnzipFile) => {
    const keep = wanted.has(file.name) && !chunks.has(file.name);
    const parts: Uint8Array[] = [];
    if (keep) chunks.set(file.name, parts);
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      expanded += data.length;
      if (expanded > limits.maxExpandedBytes) failure = tooLarge(limits);
      else if (keep) parts.push(data);
    };
    // Entries we do not keep are still inflated: their size counts towards the cap all the same.
    try {
      file.start();
    } catch {
      failure = new ParseError(`This ${limits.label} uses a compression method Lectern cannot read.`);
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) {
      unzip.push(bytes.subarray(at, Math.min(at + SLICE, bytes.length)), at + SLICE >= bytes.length);
    }
  } catch (error) {
    failure ??= error;
  }
  if (failure instanceof ParseError) throw failure;
  if (failure) throw new ParseError(`This ${limits.label} is damaged: one of its files cannot be unpacked.`);
  const entries = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) entries.set(name, concat(parts));
  return entries;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
