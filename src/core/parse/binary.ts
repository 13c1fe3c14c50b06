// Files whose bytes are not text, told by the signatures that open common binary formats: a
// picture or a PDF renamed to .txt must be refused with a clear word, not shown as "‰PNG".

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], what: 'a GIF image' }, // GIF89a
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], what: 'a GIF image' }, // GIF87a
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document (rename it to .pdf to import it)' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (an EPUB or Word file needs its .epub or .docx name)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document (.doc/.xls)' },
  { bytes: [0x00, 0x00, 0x01, 0x00], what: 'an icon' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg audio file' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a Matroska/WebM video' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
];

/** What binary format the bytes open with ("a PNG image"), or null when none is known. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) return sig.what;
  }
  // ISO media (MP4, MOV, HEIC, AVIF): "ftyp" at byte 4.
  if (bytes.length >= 12 && bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) return 'a video or HEIC/AVIF image';
  return null;
}
