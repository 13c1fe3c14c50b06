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
import { markRelatedSections, markTeasers } from '../parse/cleanup/teasers.js';
import { isKept, makeDraft, remove, type Draft } from '../parse/draft.js';
import { detectLanguage } from '../parse/language.js';
import { readHead } from '../parse/metadata.js';
import { comparable, sentenceCount } from '../parse/text-features.js';
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
}

function markWebBoilerplate(drafts: Draft[], title: string): { byline: string | null; published: string | null } {
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

export function assembleArticle(input: ArticleInput): ParsedArticle {
  const drafts = input.items.map((item) => makeDraft(item.lines ?? [item.text], item.kind));
  input.preRemoved?.forEach((removal, i) => {
    const d = drafts[i];
    if (d) d.removal = removal;
  });
  let { byline, published } = input;
  if (input.profile === 'web') {
    const head = markWebBoilerplate(drafts, input.title);
    byline ??= head.byline;
    published ??= head.published;
  } else {
    markRepeatedTitle(drafts, input.title);
  }

  const blocks: Block[] = [];
  const removed: RemovedBlock[] = [];
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
  const language = detectLanguage(blocks.map((b) => b.text).join('\n') || input.title);
  return {
    title: input.title,
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
