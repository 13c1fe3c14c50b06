// Text that lost its paragraph breaks (copied out of some PDF viewers, feeds, chat apps, data
// sets) arrives as one long line. It is cut back into paragraphs of a few sentences, at the
// places where the vocabulary changes most (lexical cohesion between the sentences before and
// after a gap, as in Hearst's TextTiling): a new topic brings new words.
import { cutRunInCaptions, type Piece } from './cleanup/run-in.js';
import { splitSentences } from './sentences.js';

const MIN_SENTENCES = 2;
const MAX_SENTENCES = 5;
/** A paragraph grows past this many characters only when one sentence is longer. */
const MAX_CHARS = 900;
/** Sentences on each side of a gap whose words are compared. */
const WINDOW = 2;

const STOPWORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has his how its may new now old see two who ' +
    'did get him let say she too use that with have this will your from they been were said what when which their ' +
    'there would could should about after also into more than them then these those other some such only over very ' +
    'just like where while being because before between both each most much many own same here why whom upon'
  ).split(' '),
);

/** Content words of a sentence, lowercased, with a plural -s taken off so "cell" meets "cells". */
function contentWords(sentence: string): string[] {
  const found = sentence.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  return found.filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function cosine(a: readonly string[], b: readonly string[]): number {
  const count = (list: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  let dot = 0;
  for (const [w, n] of ca) dot += n * (cb.get(w) ?? 0);
  const norm = (m: Map<string, number>): number => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
  const denominator = norm(ca) * norm(cb);
  return denominator === 0 ? 0 : dot / denominator;
}

/** Cohesion across each gap: gap i lies between sentence i and sentence i + 1. */
export function gapCohesion(sentences: readonly string[]): number[] {
  const words = sentences.map(contentWords);
  const gaps: number[] = [];
  for (let i = 0; i < sentences.length - 1; i++) {
    const before = words.slice(Math.max(0, i - WINDOW + 1), i + 1).flat();
    const after = words.slice(i + 1, i + 1 + WINDOW).flat();
    gaps.push(cosine(before, after));
  }
  return gaps;
}

/**
 * Sentences grouped into paragraphs of two to five sentences (fewer when the text has fewer),
 * each cut at the gap of least cohesion that its size allows; ties go to a paragraph of three.
 */
export function groupSentences(sentences: readonly string[]): string[][] {
  const gaps = gapCohesion(sentences);
  // A gap well below the text's usual cohesion is a topic shift worth a break on its own.
  const shift = 0.5 * ([...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0);
  const paragraphs: string[][] = [];
  let start = 0;
  while (start < sentences.length) {
    const left = sentences.length - start;
    const tail = sentences.slice(start);
    const tailShifts = gaps.slice(start + MIN_SENTENCES - 1, sentences.length - MIN_SENTENCES).some((g) => g < shift);
    if (left < 2 * MIN_SENTENCES || (left <= MAX_SENTENCES && tail.join(' ').length <= MAX_CHARS && !tailShifts)) {
      paragraphs.push(tail);
      break;
    }
    let best = -1;
    let bestScore = Infinity;
    let chars = 0;
    for (let size = 1; size <= MAX_SENTENCES && start + size < sentences.length; size++) {
      chars += sentences[start + size - 1]?.length ?? 0;
      if (size > 1 && chars > MAX_CHARS) break;
      if (size < MIN_SENTENCES && chars <= MAX_CHARS / 2) continue;
      if (sentences.length - (start + size) < MIN_SENTENCES) break; // leave no orphan sentence at the end
      const score = (gaps[start + size - 1] ?? 0) + 0.01 * Math.abs(size - 3);
      if (score < bestScore) {
        bestScore = score;
        best = size;
      }
    }
    const size = best > 0 ? best : Math.min(left, MIN_SENTENCES);
    paragraphs.push(sentences.slice(start, start + size));
    start += size;
  }
  return paragraphs;
}

/** A paragraph's text cut into paragraphs of a few sentences each (joined by single spaces). */
export function splitParagraph(text: string): string[] {
  return groupSentences(splitSentences(text)).map((group) => group.join(' '));
}

/**
 * Text without breaks cut into paragraphs, with the photo captions run in among its sentences
 * taken out as removed pieces (see cleanup/run-in.ts). A caption goes between paragraphs: before
 * the paragraph it precedes, or after the one it was run into (a picture sits between
 * paragraphs, and the first paragraph must stay first: the title is read from it).
 */
export function splitUnbroken(text: string): Piece[] {
  const pieces = cutRunInCaptions(splitSentences(text));
  const kept = pieces.filter((p) => p.removal === null).map((p) => p.text);
  const out: Piece[] = [];
  let next = 0; // index into `pieces`
  for (const group of groupSentences(kept)) {
    const inside: Piece[] = [];
    let seen = 0;
    while (next < pieces.length && seen < group.length) {
      const piece = pieces[next++]!;
      if (piece.removal === null) seen++;
      else (seen === 0 ? out : inside).push(piece);
    }
    out.push({ text: group.join(' '), removal: null }, ...inside);
  }
  out.push(...pieces.slice(next));
  return out;
}

/** Below this many characters the only prose of a document is one paragraph, however many its
 * sentences, unless photo captions are run into it: an encyclopedia passage of 230 words is one,
 * and cut up it lost the cards that read a sentence with the one before it. A news story that
 * lost its breaks is longer (CNN/DailyMail: 1,467 characters the shortest of 250). */
const MIN_UNBROKEN_CHARS = 1400;

/**
 * A block holds text that lost its breaks: longer than any ordinary paragraph, or the only
 * prose of its document, more than a handful of sentences, and longer than a long paragraph or
 * with captions run into it (a copied news page).
 */
export function isUnbroken(text: string, onlyProse: boolean): boolean {
  if (text.length < 600) return false;
  const sentences = splitSentences(text);
  const n = sentences.length;
  if (!onlyProse) return text.length >= 2500 && n >= 12;
  return n >= 6 && (text.length >= MIN_UNBROKEN_CHARS || cutRunInCaptions(sentences).some((piece) => piece.removal !== null));
}
