// The byline and date lines of a story whose line breaks were lost. News text kept as one line
// (the CNN/Daily Mail data sets, some feeds) turns each lost break into " . ", so the head reads
// "By . Jane Roe . PUBLISHED: . 08:44 EST, 21 March 2014 . | . UPDATED: . 09:12 EST, …". Left
// in, "By ." is the text's first sentence and becomes the title. These pieces are cut off the
// first block and kept as removed blocks, as readHead does with byline and date lines.
import { parseDateLine } from './dates.js';
import { makeDraft, type Draft } from './draft.js';
import { parseByline } from './metadata.js';

type Kind = 'by' | 'name' | 'label' | 'bar' | 'stamp';

/** "PUBLISHED:", "UPDATED:", "Last updated at" — a label whose date is the next piece. */
const LABEL = /^(?:last\s+)?(?:published|updated|posted)(?:\s+(?:at|on))?\s*:?$/iu;
/** The same label with its date in the same piece ("Last updated at 5:47 PM on 6th October 2011"). */
const LABEL_PREFIX = /^(?:last\s+)?(?:published|updated|posted)(?:\s+(?:at|on))?\s*:?\s+/iu;
/** A clock time before the date ("08:44 EST, ", "5:47 PM on "). */
const LEADING_TIME = /^(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?\s*,?\s*(?:on\s+)?/iu;

/** The ISO date of a time stamp piece ("08:44 EST, 21 March 2014" → "2014-03-21T08:44"), or null. */
export function parseStamp(piece: string): string | null {
  const text = piece.replace(LABEL_PREFIX, '').trim();
  const time = LEADING_TIME.exec(text);
  if (!time) return parseDateLine(text);
  const date = text.slice(time[0].length).trim();
  if (parseDateLine(date) === null) return null;
  // The date readers take the time after the date; the zone name is dropped, as they drop it.
  return parseDateLine(`${date} ${time[1]}:${time[2]}${time[3] ? ` ${time[3]}` : ''}`) ?? parseDateLine(date);
}

/** A name as a byline gives it: capitalised, short, not a sentence ("Jane Roe", "Daily Mail Reporter"). */
const isName = (name: string): boolean => /^\p{Lu}/u.test(name) && parseByline(`By ${name}`) !== null;
/** The name of a byline piece: "By Jane Roe", "Jane Roe" after a lone "By", "and Jane Roe" after a name. */
const nameOf = (piece: string): string => piece.replace(/^(?:by|and)\s+/iu, '');

function kindOf(piece: string, previous: Kind | undefined): Kind | null {
  if (/^by$/iu.test(piece)) return 'by';
  if (previous === 'by' && isName(piece)) return 'name';
  if (/^by\s/iu.test(piece) && isName(nameOf(piece))) return 'name';
  if (previous === 'name' && /^and\s/iu.test(piece) && isName(nameOf(piece))) return 'name';
  if (LABEL.test(piece)) return 'label';
  if (/^[|·•]$/u.test(piece)) return 'bar';
  if (parseStamp(piece)) return 'stamp';
  return null;
}

export interface LostHead {
  /** The head's pieces as removed blocks, in order: "By . Jane Roe", "PUBLISHED: . 08:44 EST, …". */
  readonly removed: readonly { readonly text: string; readonly rule: 'byline' | 'dateline' }[];
  readonly byline: string | null;
  readonly published: string | null;
  /** The text after the head. */
  readonly rest: string;
}

/**
 * Reads a head of " . "-separated byline, label, bar and time-stamp pieces off the start of a
 * text; null when the text does not open with one (a byline or a time stamp is required, so a
 * stray "|" or "Updated:" alone is left to the other rules).
 */
export function readLostHead(text: string): LostHead | null {
  const pieces: { text: string; start: number; kind: Kind }[] = [];
  let start = 0;
  // Only a piece closed by " . " can be head: the text after the last one is the story's own.
  for (const separator of text.matchAll(/\s+\.(?:\s+|$)/gu)) {
    const end = separator.index ?? 0;
    const kind = kindOf(text.slice(start, end).trim(), pieces.at(-1)?.kind);
    if (kind === null) break;
    pieces.push({ text: text.slice(start, end).trim(), start, kind });
    start = end + separator[0].length;
  }
  let rest = start;
  if (pieces.at(-1)?.kind === 'by') rest = pieces.pop()!.start; // "By" with no name after it stays text
  if (!pieces.some((p) => p.kind === 'name' || p.kind === 'stamp')) return null;

  const removed: { text: string; rule: 'byline' | 'dateline' }[] = [];
  const names: string[] = [];
  let published: string | null = null;
  for (const piece of pieces) {
    const rule = piece.kind === 'by' || piece.kind === 'name' ? 'byline' : 'dateline';
    const last = removed.at(-1);
    if (last?.rule === rule) last.text = `${last.text} . ${piece.text}`;
    else removed.push({ text: piece.text, rule });
    if (piece.kind === 'name') names.push(parseByline(`By ${nameOf(piece.text)}`)?.name ?? nameOf(piece.text));
    if (piece.kind === 'stamp') published ??= parseStamp(piece.text);
  }
  return { removed, byline: names.length > 0 ? names.join(' and ') : null, published, rest: text.slice(rest).trim() };
}

const REASONS = { byline: 'byline, shown as the article’s author', dateline: 'publication date, shown as the article’s date' } as const;

/**
 * The first block's lost head, cut off as removed drafts (shown in place, with their reason);
 * the rest of the block stays the first block. Drafts are returned unchanged without a head.
 */
export function cutLostHead(drafts: readonly Draft[]): { drafts: Draft[]; head: Draft[]; byline: string | null; published: string | null } {
  const [first, ...others] = drafts;
  const head = first ? readLostHead(first.text) : null;
  if (!first || !head) return { drafts: [...drafts], head: [], byline: null, published: null };
  const removed = head.removed.map(({ text, rule }) => {
    const draft = makeDraft([text]);
    draft.removal = { rule, reason: REASONS[rule] };
    return draft;
  });
  const body = head.rest === '' ? [] : [makeDraft([head.rest], first.kind)];
  return { drafts: [...body, ...others], head: removed, byline: head.byline, published: head.published };
}
