// The working form of a block while parsing and cleanup decide what it is.
import type { RemovalRule } from '../../shared/types.js';

export interface Removal {
  readonly rule: RemovalRule;
  readonly reason: string;
}

export interface Draft {
  /** The block's lines joined by single spaces. */
  readonly text: string;
  /** The source lines, for rules that judge a block of short lines as a whole. */
  readonly lines: readonly string[];
  /** Markdown says what a block is; plain text leaves it to heading detection ('unknown'). */
  readonly kind: 'heading' | 'paragraph' | 'unknown';
  /** Set when a cleanup rule takes the block out of the clean text. */
  removal: Removal | null;
  /** Set when the block became the article's title (it is then neither kept nor removed). */
  isTitle: boolean;
}

/** Scraping leftovers inside a line: a stray period after a sentence end ("bilaterally. ." → "bilaterally."),
 * but not a spaced ellipsis (". . ."). */
export function tidyLine(line: string): string {
  return line.replace(/(?<!\.\s*)([.!?])\s+\.(?![\s.]*\.)/gu, '$1').replace(EDITORIAL_MARK, '').replace(CROSS_REFERENCE, '').replace(INSTRUMENT_CODE, '');
}

/**
 * A wire service's instrument codes set after what they name: "the Dow Jones Industrial Average
 * .DJI fell", "the euro EUR= rose", "10-year notes US10YT=RR", "Brent crude LCOc1". They are
 * markup for terminals, not words; the dotted ones also cut the sentence in two (". | DJI fell").
 * ".NET" is a word, and so is a code after an abbreviation's stop ("the U.S. .NET team").
 */
const INSTRUMENT_CODE = /(?<=[^\s.]) (?:\.(?!NET\b)[A-Z][A-Z0-9]{1,14}|[A-Z][A-Z0-9]{1,9}=(?:[A-Z]{1,3})?|[A-Z]{1,4}c[1-9])(?=[ ,;:)]|\.(?:\s|$))/gu;

/**
 * An encyclopedia's editorial marks copied with its text: footnote calls ("law.[12]", "[note 3]",
 * "[a]") and maintenance tags ("2016[update]", "[citation needed]"). Only a mark glued to the word
 * or stop before it goes — a reference list's own "[1] Smith, J." opens its line and stays.
 */
const EDITORIAL_MARK =
  /(?<=[\p{L}\p{N}.,;:!?)"”’'])\[(?:\d{1,3}|[a-z]|note \d{1,3}|update|needs update|citation needed|clarification needed|verification needed|better source needed|dubious|according to whom\?|by whom\?|when\?|who\?|which\?|where\?)\]/gu;

/**
 * An encyclopedia's pointer to another of its articles, as a sentence of its own after a stop:
 * '… energy-momentum complex. (See "Teleparallelism" for a summary of this work.) In 1978, he
 * moved …'. It sends the reader elsewhere and says nothing; on a card it is a stray line.
 */
const CROSS_REFERENCE = /(?<=[.!?]["”’']?) \((?:See|See also|Cf\.) [^()]{1,160}\.?\)(?=\s|$)/gu;

export function makeDraft(lines: readonly string[], kind: Draft['kind'] = 'unknown'): Draft {
  const clean = lines.map((line) => tidyLine(line.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim())).filter((line) => line !== '');
  return { text: clean.join(' '), lines: clean, kind, removal: null, isTitle: false };
}

export function isKept(draft: Draft): boolean {
  return draft.removal === null && !draft.isTitle;
}

/** Marks a block removed unless an earlier rule already did. */
export function remove(draft: Draft, rule: RemovalRule, reason: string): void {
  if (draft.removal === null && !draft.isTitle) draft.removal = { rule, reason };
}
