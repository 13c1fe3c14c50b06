// Text → ParsedArticle: blocks, cleanup, metadata, headings, language.
import type { Block, ParsedArticle, RemovedBlock, SourceFormat } from '../../shared/types.js';
import { splitTextBlocks } from './blocks.js';
import { markPageFurniture, markRepeatedText } from './cleanup/index.js';
import { datelineDate, parseDateLine } from './dates.js';
import { isKept, makeDraft, type Draft } from './draft.js';
import { classifyHeadings } from './headings.js';
import { detectLanguage } from './language.js';
import { readMarkdown } from './markdown.js';
import { findTitleIndex, readHead } from './metadata.js';
import { cutLostHead } from './lost-head.js';
import { isUnbroken, splitUnbroken } from './paragraphs.js';
import { isProse } from './text-features.js';
import { isTitleLike, splitTitleFurniture, titleFromText } from './title.js';

export interface ParseOptions {
  readonly format: SourceFormat;
  readonly encoding: string;
}

/** A first block of several lines ("Title\nSubtitle") gives its first line to the title. */
function splitFirstBlock(drafts: Draft[]): Draft[] {
  const [first, ...rest] = drafts;
  if (!first || first.lines.length < 2) return drafts;
  return [makeDraft([first.lines[0] ?? '']), makeDraft(first.lines.slice(1)), ...rest];
}

/**
 * Blocks that lost their paragraph breaks, cut back into paragraphs of a few sentences; the
 * photo captions run in among their sentences stay on record as removed blocks.
 */
function restoreParagraphs(drafts: readonly Draft[]): Draft[] {
  const onlyProse = drafts.filter((d) => isProse(d.text)).length === 1;
  return drafts.flatMap((d) => {
    if (d.kind === 'heading' || !isUnbroken(d.text, onlyProse)) return [d];
    return splitUnbroken(d.text).map((piece) => ({ ...makeDraft([piece.text], d.kind), removal: piece.removal }));
  });
}

/**
 * The title a candidate block gives: the block itself when it is one short line (it then
 * leaves the body), else its first sentence clipped (and the block stays body text).
 */
function takeTitle(draft: Draft | undefined): string {
  if (!draft) return '';
  draft.removal = null;
  if (!isTitleLike(draft.text)) return titleFromText(draft.text);
  draft.isTitle = true;
  return draft.text;
}

/** Cuts site furniture off the title; it stays on record as a removed block just after it. */
function withoutFurniture(title: string, drafts: Draft[]): string {
  const { title: head, furniture } = splitTitleFurniture(title);
  if (furniture === null) return title;
  const draft = makeDraft([furniture]);
  draft.removal = { rule: 'navigation', reason: 'site name and section after the title' };
  const at = drafts.findIndex((d) => d.isTitle);
  drafts.splice(at + 1, 0, draft);
  return head;
}

function assemble(drafts: readonly Draft[]): { blocks: Block[]; removed: RemovedBlock[] } {
  const kinds = classifyHeadings(drafts);
  const blocks: Block[] = [];
  const removed: RemovedBlock[] = [];
  for (const draft of drafts) {
    if (draft.removal) removed.push({ text: draft.text, ...draft.removal, before: blocks.length });
    else if (isKept(draft)) blocks.push({ type: kinds.get(draft) ?? 'paragraph', text: draft.text });
  }
  return { blocks, removed };
}

/** The date of the dateline that opens the story: the first body paragraph after the title. */
function openingDateline(drafts: readonly Draft[], titleIndex: number): string | null {
  const first = drafts.find((d, i) => i > titleIndex && !d.removal && !d.isTitle);
  return first ? datelineDate(first.text) : null;
}

function fromText(text: string): { drafts: Draft[]; title: string; byline: string | null; published: string | null } {
  // A byline and time stamps run into the first line ("By . Jane Roe . PUBLISHED: . …") are
  // removed before the title is chosen, so that the title cannot be "By .".
  const lost = cutLostHead(splitTextBlocks(text));
  const drafts = restoreParagraphs(splitFirstBlock(lost.drafts));
  markPageFurniture(drafts, true);
  const titleIndex = findTitleIndex(drafts);
  const title = takeTitle(drafts[titleIndex]);
  const head = readHead(drafts, titleIndex);
  const clean = withoutFurniture(title, drafts); // before the copy below: it inserts a removed block
  // Copied wire copy often has no date line of its own, only its dateline ("OSLO, 12 March 2024 — …").
  const published = lost.published ?? head.published ?? openingDateline(drafts, titleIndex);
  return { drafts: [...lost.head, ...drafts], title: clean, byline: lost.byline ?? head.byline, published };
}

function fromMarkdown(text: string): { drafts: Draft[]; title: string; byline: string | null; published: string | null } {
  const doc = readMarkdown(text);
  const drafts = restoreParagraphs(doc.blocks);
  markPageFurniture(drafts, false);
  let title = doc.title;
  if (title === null) title = takeTitle(drafts.find(isKept));
  else if (!isTitleLike(title)) title = titleFromText(title);
  title = withoutFurniture(title, drafts);
  const head = readHead(drafts, -1);
  const published = doc.date === null ? head.published : (parseDateLine(doc.date) ?? doc.date);
  return { drafts, title, byline: doc.author ?? head.byline, published };
}

export function parseText(text: string, options: ParseOptions): ParsedArticle {
  const structural = options.format === 'text';
  const { drafts, title, byline, published } = structural ? fromText(text) : fromMarkdown(text);
  markRepeatedText(drafts, title, structural);
  const { blocks, removed } = assemble(drafts);
  // A text that is all title still has a body: the reader, cards and notes need one.
  if (blocks.length === 0 && title !== '') blocks.push({ type: 'paragraph', text: title });
  const language = detectLanguage(blocks.map((b) => b.text).join('\n') || title);
  return { title, byline, published, language, blocks, removed, format: options.format, encoding: options.encoding };
}
