// Sentences and tokens with exact block offsets, from one wink-nlp pass over all blocks.
import type { Sentence, Token } from './types.js';
import { continuesSentence } from './sentence-joins.js';
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
 * rebuilds the input exactly. Pieces wink cut apart wrongly (after "Rev.", before "an officer said")
 * are joined again by `continuesSentence`.
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

  // wink's spans, cut at block ends, as runs of token indices (whitespace tokens left out).
  const pieces: { block: number; indices: number[] }[] = [];
  // The collections' own `out` rather than `each` + item `out`: no item object per sentence or entity.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    let current: { block: number; indices: number[] } | null = null;
    for (let i = first; i <= last; i++) {
      if (pos[i] === 'SPACE' || values[i]!.trim() === '') continue;
      const block = blockOf(tokenStart[i]!);
      if (!current || current.block !== block) {
        current = { block, indices: [] };
        pieces.push(current);
      }
      current.indices.push(i);
    }
  }
  const textOf = (piece: { block: number; indices: number[] }): string => {
    const base = blockStarts[piece.block]!;
    const lastIndex = piece.indices.at(-1)!;
    return blocks[piece.block]!.slice(tokenStart[piece.indices[0]!]! - base, tokenStart[lastIndex]! - base + values[lastIndex]!.length);
  };
  // Pieces wink cut apart that cannot stand alone join the one before (see sentence-joins.ts).
  const joined: { block: number; indices: number[] }[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    // (A cut with no space after the stop is inside a name: "Zafi.D", "ID.3".)
    // (Not a missing space before a word, "rose 5%.The market fell": only a lone capital or a digit goes on a name.)
    const glued = previous !== undefined && tokenStart[piece.indices[0]!] === tokenStart[previous.indices.at(-1)!]! + values[previous.indices.at(-1)!]!.length && /^(?:\p{Lu}(?!\p{Ll})|\d)/u.test(values[piece.indices[0]!]!);
    if (previous && previous.block === piece.block && (glued || continuesSentence(textOf(previous), textOf(piece)))) previous.indices.push(...piece.indices);
    else joined.push({ block: piece.block, indices: [...piece.indices] });
  }

  const sentences: Sentence[] = [];
  const sentenceOfToken = new Int32Array(values.length).fill(-1);
  const tokenIndexInSentence = new Int32Array(values.length).fill(-1);
  for (const piece of joined) {
    const base = blockStarts[piece.block]!;
    const tokens: Token[] = [];
    for (const i of piece.indices) {
      const start = tokenStart[i]! - base;
      sentenceOfToken[i] = sentences.length;
      const last = tokens.at(-1);
      // wink cuts a word at a letter beyond Latin-1 ("Endō" → "End" + "ō", "Gdańsk" → "Gda" +
      // "ń" + "sk"): the glued pieces are one word again, or a name loses its end ("Yasuhito End").
      if (last && last.end === start && splitAtLetter(last.text, values[i]!)) {
        tokenIndexInSentence[i] = tokens.length - 1;
        const text = last.text + values[i]!;
        tokens[tokens.length - 1] = { text, start: last.start, end: start + values[i]!.length, pos: last.pos === 'X' ? pos[i]! : last.pos, lemma: text.toLowerCase(), stop: false };
        continue;
      }
      tokenIndexInSentence[i] = tokens.length;
      tokens.push({ text: values[i]!, start, end: start + values[i]!.length, pos: pos[i]!, lemma: lemmas[i]!.toLowerCase(), stop: stops[i]! });
    }
    const start = tokens[0]!.start;
    const end = tokens.at(-1)!.end;
    sentences.push({ index: sentences.length, block: piece.block, start, end, text: blocks[piece.block]!.slice(start, end), tokens });
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

/** Two glued pieces of letters where either side of the cut is a letter beyond Latin-1. */
function splitAtLetter(before: string, after: string): boolean {
  const a = before.charCodeAt(before.length - 1);
  const b = after.charCodeAt(0);
  return (a > 0xff || b > 0xff) && /\p{L}$/u.test(before) && /^\p{L}/u.test(after);
}
