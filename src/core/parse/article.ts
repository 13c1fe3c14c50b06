// Text → ParsedArticle: blocks, cleanup, metadata, headings, language.
import type { Block, ParsedArticle, RemovedBlock, SourceFormat } from '../../shared/types.js';
import { splitTextBlocks } from './blocks.js';
import { markPageFurniture, markRepeatedText } from './cleanup/index.js';
import { parseDateLine } from './dates.js';
import { isKept, makeDraft, type Draft } from './draft.js';
import { classifyHeadings } from './headings.js';
import { detectLanguage } from './language.js';
import { readMarkdown } from './markdown.js';
import { findTitleIndex, readHead } from './metadata.js';

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

function fromText(text: string): { drafts: Draft[]; title: string; byline: string | null; published: string | null } {
  const drafts = splitFirstBlock(splitTextBlocks(text));
  markPageFurniture(drafts, true);
  const titleIndex = findTitleIndex(drafts);
  const titleDraft = drafts[titleIndex];
  if (titleDraft) {
    titleDraft.isTitle = true;
    titleDraft.removal = null;
  }
  const head = readHead(drafts, titleIndex);
  return { drafts, title: titleDraft?.text ?? '', ...head };
}

function fromMarkdown(text: string): { drafts: Draft[]; title: string; byline: string | null; published: string | null } {
  const doc = readMarkdown(text);
  const drafts = doc.blocks;
  markPageFurniture(drafts, false);
  let title = doc.title;
  if (title === null) {
    const first = drafts.find(isKept);
    if (first) first.isTitle = true;
    title = first?.text ?? '';
  }
  const head = readHead(drafts, -1);
  const published = doc.date === null ? head.published : (parseDateLine(doc.date) ?? doc.date);
  return { drafts, title, byline: doc.author ?? head.byline, published };
}

export function parseText(text: string, options: ParseOptions): ParsedArticle {
  const structural = options.format === 'text';
  const { drafts, title, byline, published } = structural ? fromText(text) : fromMarkdown(text);
  markRepeatedText(drafts, title, structural);
  const { blocks, removed } = assemble(drafts);
  const language = detectLanguage(blocks.map((b) => b.text).join('\n') || title);
  return { title, byline, published, language, blocks, removed, format: options.format, encoding: options.encoding };
}
