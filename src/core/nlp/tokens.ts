// Sentences and tokens with exact block offsets, from one wink-nlp pass over all blocks.
import type { Sentence, Token } from './types.js';
import { analysisWink } from './wink.js';

/** A wink DATE/CARDINAL/… entity, as token indices within its sentence. */
export interface ValueSpan {
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly type: string;
}

const SEPARATOR = '\n\n';

/**
 * Splits blocks into sentences and tokens. The blocks are read as one document joined by blank
 * lines (one wink call, so the cost stays that of a single `readDoc`); a sentence never crosses
 * a block. Offsets come from summing each token's preceding whitespace and length, which
 * rebuilds the input exactly.
 */
export function tokenizeBlocks(blocks: readonly string[]): { sentences: Sentence[]; values: ValueSpan[] } {
  const nlp = analysisWink();
  const its = nlp.its;
  const doc = nlp.readDoc(blocks.join(SEPARATOR));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];

  // Global offset of every token, then the block that holds it.
  const blockStarts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    blockStarts.push(at);
    at += block.length + SEPARATOR.length;
  }
  const tokenStart: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    tokenStart.push(offset);
    offset += values[i]!.length;
  }
  const blockOf = (globalOffset: number): number => {
    let lo = 0;
    let hi = blockStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blockStarts[mid]! <= globalOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const sentences: Sentence[] = [];
  const sentenceOfToken = new Int32Array(values.length).fill(-1);
  const tokenIndexInSentence = new Int32Array(values.length).fill(-1);
  // The collections' own `out` rather than `each` + item `out`: no item object per sentence or entity.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    let current: { block: number; tokens: Token[] } | null = null;
    const flush = (): void => {
      if (!current || current.tokens.length === 0) return;
      const tokens = current.tokens;
      const start = tokens[0]!.start;
      const end = tokens.at(-1)!.end;
      sentences.push({ index: sentences.length, block: current.block, start, end, text: blocks[current.block]!.slice(start, end), tokens });
    };
    for (let i = first; i <= last; i++) {
      const text = values[i]!;
      if (pos[i] === 'SPACE' || text.trim() === '') continue;
      const block = blockOf(tokenStart[i]!);
      if (!current || current.block !== block) {
        flush();
        current = { block, tokens: [] };
      }
      const start = tokenStart[i]! - blockStarts[block]!;
      // The sentence being filled is pushed next, so its index is the current count.
      sentenceOfToken[i] = sentences.length;
      tokenIndexInSentence[i] = current.tokens.length;
      current.tokens.push({ text, start, end: start + text.length, pos: pos[i]!, lemma: lemmas[i]!.toLowerCase(), stop: stops[i]! });
    }
    flush();
  }

  const valueSpans: ValueSpan[] = [];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = doc.entities().out(its.type) as string[];
  entitySpans.forEach(([a, b], k) => {
    const sentence = sentenceOfToken[a]!;
    if (sentence < 0 || sentenceOfToken[b] !== sentence) return;
    valueSpans.push({ sentence, tokenStart: tokenIndexInSentence[a]!, tokenEnd: tokenIndexInSentence[b]! + 1, type: entityTypes[k]! });
  });
  return { sentences, values: valueSpans };
}
