// Items from any format → ParsedArticle: the text cleanup rules mark boilerplate with their
// reasons (web pages get the web rules; books and documents only lose a repeated title),
// figures and chapters are placed by kept-block index, and the language is detected.
import type { Block, Figure, ParsedArticle, RemovedBlock, Section, SourceFormat } from '../../shared/types.js';
import { hasCaptionMark, looksLikeCaption } from '../parse/cleanup/captions.js';
import { markCredits } from '../parse/cleanup/credits.js';
import { markLegal } from '../parse/cleanup/legal.js';
import { markNavigationCues } from '../parse/cleanup/navigation.js';
import { markPullQuotes, markRepeats } from '../parse/cleanup/repeats.js';
import { markSocial } from '../parse/cleanup/social.js';
import { markBoxLabels } from '../parse/cleanup/labels.js';
import { markLinkedHeadlines, markRelatedSections, markTeasers } from '../parse/cleanup/teasers.js';
import { isKept, makeDraft, remove, tidyLine, type Draft } from '../parse/draft.js';
import { detectLanguage } from '../parse/language.js';
import { readHead } from '../parse/metadata.js';
import { isUnbroken, splitParagraph } from '../parse/paragraphs.js';
import { comparable, endsLikeSentence, isProse, sentenceCount } from '../parse/text-features.js';
import { isTitleLike, splitTitleFurniture, titleFromText } from '../parse/title.js';
import type { FigureAt, Item } from './blocks.js';

export interface ArticleInput {
  readonly items: readonly (Item & { readonly section?: number })[];
  readonly figures: readonly FigureAt[];
  readonly title: string;
  readonly byline: string | null;
  readonly published: string | null;
  readonly format: SourceFormat;
  readonly encoding: string;
  /** 'web': the cleanup rules for copied pages; 'document': only a repeated title goes. */
  readonly profile: 'web' | 'document';
  readonly siteName?: string | null;
  /** Chapters: title and index of their first item. */
  readonly sections?: readonly { readonly title: string; readonly item: number }[];
  /** A language the source declares, used when detection cannot tell. */
  readonly languageHint?: string | null;
  /** Removals decided before assembly (e.g. PDF running headers), by item index. */
  readonly preRemoved?: ReadonlyMap<number, { rule: RemovedBlock['rule']; reason: string }>;
  /** The title when the document names none and its text gives none (the file's name). */
  readonly fallbackTitle?: string;
}

type InputItem = ArticleInput['items'][number];

/**
 * Paragraphs that lost their breaks (a PDF without line gaps, a one-paragraph page) cut into
 * paragraphs of a few sentences; `at[i]` is where old item i now starts, so figures, chapters
 * and removals keep their places. Scraping leftovers ("bilaterally. .") are tidied on the way,
 * except in items with links, whose offsets must not move.
 */
function reflowItems(items: readonly InputItem[]): { items: InputItem[]; at: number[] } {
  const onlyProse = items.filter((item) => item.kind === 'paragraph' && isProse(item.text)).length === 1;
  const out: InputItem[] = [];
  const at: number[] = [];
  for (const item of items) {
    at.push(out.length);
    const plain = item.kind === 'paragraph' && !item.links?.length && !item.lines;
    if (plain && isUnbroken(item.text, onlyProse)) out.push(...splitParagraph(item.text).map((text) => ({ ...item, text: tidyLine(text) })));
    else out.push(plain ? { ...item, text: tidyLine(item.text) } : item);
  }
  at.push(out.length);
  return { items: out, at };
}

function reflow(input: ArticleInput): ArticleInput {
  const { items, at } = reflowItems(input.items);
  if (items.length === input.items.length) return { ...input, items };
  const moved = (i: number): number => at[i] ?? items.length;
  return {
    ...input,
    items,
    figures: input.figures.map((f) => ({ ...f, at: moved(f.at) })),
    ...(input.sections ? { sections: input.sections.map((s) => ({ ...s, item: moved(s.item) })) } : {}),
    ...(input.preRemoved ? { preRemoved: new Map([...input.preRemoved].map(([i, r]) => [moved(i), r])) } : {}),
  };
}

/**
 * A title is one short line: the document's own when it has one (clipped to its first sentence
 * when it is really text), else the first line when it stands alone as a heading would, else
 * the first sentence, else the file's name. Site furniture after a separator is cut off.
 */
function settleTitle(input: ArticleInput, drafts: readonly Draft[]): { title: string; furniture: string | null } {
  let title = input.title.replace(/\s+/g, ' ').trim();
  if (title !== '' && !isTitleLike(title)) title = titleFromText(title);
  if (title === '') {
    const kept = drafts.filter(isKept);
    const first = kept[0];
    if (first && kept.length > 1 && isTitleLike(first.text) && !endsLikeSentence(first.text)) title = first.text;
    else if (first) title = titleFromText(first.text);
    else title = input.fallbackTitle?.trim() || 'Untitled';
  }
  return splitTitleFurniture(title, input.siteName);
}

function markWebBoilerplate(drafts: Draft[], title: string): { byline: string | null; published: string | null } {
  markBoxLabels(drafts);
  markTeasers(drafts);
  markSocial(drafts);
  markLegal(drafts);
  markCredits(drafts);
  markNavigationCues(drafts);
  markRelatedSections(drafts);
  const head = readHead(drafts, -1);
  markRepeats(drafts, title);
  for (const d of drafts) {
    if (isKept(d) && d.kind !== 'heading' && (hasCaptionMark(d.text) || (sentenceCount(d.text) <= 1 && looksLikeCaption(d.text)))) {
      remove(d, 'caption', 'photo caption or credit');
    }
  }
  markPullQuotes(drafts);
  return head;
}

function markRepeatedTitle(drafts: readonly Draft[], title: string): void {
  const words = comparable(title);
  const first = drafts.slice(0, 5).find((d) => isKept(d) && words !== '' && comparable(d.text) === words);
  if (first) remove(first, 'title', 'repeats the title');
}

/** The share of a paragraph's letters and digits that sit inside its links (0 without links). */
function linkedShare(item: Item): number {
  if (!item.links?.length || item.kind !== 'paragraph' || item.style) return 0;
  const letters = (text: string): number => text.replace(/[^\p{L}\p{N}]/gu, '').length;
  const all = letters(item.text);
  return all === 0 ? 0 : item.links.reduce((n, l) => n + letters(item.text.slice(l.start, l.end)), 0) / all;
}

export function assembleArticle(original: ArticleInput): ParsedArticle {
  const input = reflow(original);
  const drafts = input.items.map((item) => makeDraft(item.lines ?? [item.text], item.kind));
  input.preRemoved?.forEach((removal, i) => {
    const d = drafts[i];
    if (d) d.removal = removal;
  });
  const { title, furniture } = settleTitle(input, drafts);
  let { byline, published } = input;
  if (input.profile === 'web') {
    markLinkedHeadlines(drafts, input.items.map(linkedShare));
    const head = markWebBoilerplate(drafts, title);
    byline ??= head.byline;
    published ??= head.published;
  } else {
    markRepeatedTitle(drafts, title);
  }
  // The body is never empty: a document that is all title keeps its text as body too.
  if (!drafts.some(isKept)) for (const d of drafts) if (d.removal?.rule === 'title') d.removal = null;

  const blocks: Block[] = [];
  const removed: RemovedBlock[] = furniture === null ? [] : [{ text: furniture, rule: 'navigation', reason: 'site name and section after the title', before: 0 }];
  const keptBefore: number[] = [];
  input.items.forEach((item, i) => {
    keptBefore.push(blocks.length);
    const draft = drafts[i];
    if (!draft) return;
    if (draft.removal) {
      removed.push({ text: item.text, ...draft.removal, before: blocks.length });
      return;
    }
    const { kind, lines: _lines, section, ...rest } = item;
    blocks.push({ type: kind, ...rest, ...(section === undefined ? {} : { section }) });
  });
  keptBefore.push(blocks.length);

  const figures: Figure[] = input.figures.map(({ at, ...figure }) => ({ ...figure, before: keptBefore[at] ?? blocks.length }));
  const sections = placeSections(input, keptBefore, blocks);
  const language = detectLanguage(blocks.map((b) => b.text).join('\n') || title);
  return {
    title,
    byline,
    published,
    language: language === 'und' && input.languageHint ? input.languageHint : language,
    blocks,
    removed,
    format: input.format,
    encoding: input.encoding,
    ...(input.siteName === undefined ? {} : { siteName: input.siteName }),
    ...(figures.length > 0 ? { figures } : {}),
    ...(sections ? { sections } : {}),
  };
}

/** Chapters that kept at least one block, renumbered; blocks point at their new index. */
function placeSections(input: ArticleInput, keptBefore: readonly number[], blocks: Block[]): Section[] | undefined {
  if (!input.sections) return undefined;
  const out: Section[] = [];
  const renumber = new Map<number, number>();
  input.sections.forEach((section, i) => {
    const first = keptBefore[section.item] ?? blocks.length;
    const next = input.sections?.[i + 1];
    const end = next ? (keptBefore[next.item] ?? blocks.length) : blocks.length;
    if (end <= first) return;
    renumber.set(i, out.length);
    out.push({ title: section.title, block: first });
  });
  blocks.forEach((block, i) => {
    if (block.section !== undefined) blocks[i] = { ...block, section: renumber.get(block.section) ?? 0 };
  });
  return out;
}
