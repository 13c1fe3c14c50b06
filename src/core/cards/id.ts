// Stable card ids: the same article gives the same ids on every run.

/** 64-bit FNV-1a of the kind, source position and answer, as 16 hex digits. */
export function cardId(kind: string, paragraph: number, start: number, answer: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const char of `${kind}|${paragraph}|${start}|${answer}`) {
    hash ^= BigInt(char.codePointAt(0)!);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
