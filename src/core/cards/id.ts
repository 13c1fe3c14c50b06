// Stable card ids: the same article gives the same ids on every run.

/**
 * 64-bit FNV-1a of the kind, source position and answer, as 16 hex digits. Computed on four
 * 16-bit limbs (no BigInt: this runs for every card), giving exactly the 64-bit FNV-1a value.
 */
export function cardId(kind: string, paragraph: number, start: number, answer: string): string {
  // Offset basis 0xcbf29ce484222325, limbs low to high.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const char of `${kind}|${paragraph}|${start}|${answer}`) {
    const c = char.codePointAt(0)!;
    h0 ^= c & 0xffff;
    h1 ^= c >>> 16;
    // × 0x100000001b3 = × 0x1b3 + (× 1 shifted left by 40 bits, i.e. limb 2 gains h0 << 8 …).
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + ((h0 << 8) & 0xffff);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h0 >>> 8) + ((h1 << 8) & 0xffff);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
