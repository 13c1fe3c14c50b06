// Merging two copies of one library's records (the library here and a backup, later a second
// machine), item by item, so that neither side's work is lost:
//   - cards by ID: the copy changed last wins (its latest review, edit or triage decision);
//   - reviews by ID (`card@time`) and triage decisions by card, time and choice: the union;
//   - highlights by ID: the later `updatedAt` wins;
//   - the free note: when both sides wrote different text, both texts stay, the backup's marked;
//   - the edited summary: the later edit wins;
//   - the article's own state: tags joined, the furthest reading progress, favourite if either.
// Pure: the service reads both sides, calls `mergeLibraries` and writes back what changed.
// Every item the backup holds is reported once: added (only there), merged (it changed what is
// here) or kept (already here, or older than what is here).
import type { MergedKind } from '../../shared/backup.js';
import type { ArticleNote, Highlight, Summary } from '../../shared/notes.js';
import type { ReviewLogEntry, StudyCard, TriageDecision } from '../../shared/study.js';

export interface ArticleState {
  readonly title: string;
  readonly tags: readonly string[];
  readonly archived: boolean;
  readonly favorite: boolean;
  readonly progress: number;
}

export interface EditedSummary {
  readonly summary: Summary;
  /** When the reader last edited it; null in records written before edit times were kept. */
  readonly at: string | null;
}

/** Everything a reader made of one article. */
export interface ArticleRecords {
  readonly articleId: string;
  readonly state: ArticleState;
  readonly cards: readonly StudyCard[];
  readonly reviews: readonly ReviewLogEntry[];
  readonly decisions: readonly TriageDecision[];
  readonly highlights: readonly Highlight[];
  readonly note: ArticleNote;
  readonly editedSummary: EditedSummary | null;
}


export type { MergedKind };

export interface MergeItem {
  readonly kind: MergedKind;
  readonly id: string;
}

export interface MergeReport {
  readonly added: readonly MergeItem[];
  readonly merged: readonly MergeItem[];
  readonly kept: readonly MergeItem[];
}

export interface ArticleMerge {
  readonly records: ArticleRecords;
  readonly report: MergeReport;
  /** False when the result equals what is here (nothing to write). */
  readonly changed: boolean;
}

export interface LibraryMerge {
  /** Articles only in the backup: to be restored whole. */
  readonly added: readonly ArticleRecords[];
  /** Articles on both sides, merged. */
  readonly merged: readonly ArticleMerge[];
}

/** The line placed above the backup's text when both sides wrote a different note. */
export function noteMergeMarker(at: string | null): string {
  return `---\n\n*From the restored backup${at ? ` (written ${at.slice(0, 10)})` : ''}, kept beside the note above:*`;
}

export function mergeLibraries(ours: readonly ArticleRecords[], theirs: readonly ArticleRecords[]): LibraryMerge {
  const here = new Map(ours.map((a) => [a.articleId, a]));
  const added: ArticleRecords[] = [];
  const merged: ArticleMerge[] = [];
  for (const article of theirs) {
    const mine = here.get(article.articleId);
    if (mine) merged.push(mergeArticle(mine, article));
    else added.push(article);
  }
  return { added, merged };
}

/** Merges one article's records; `ours` is the library's, `theirs` the backup's. */
export function mergeArticle(ours: ArticleRecords, theirs: ArticleRecords): ArticleMerge {
  const report = new Reporter();
  const state = mergeState(ours.state, theirs.state, report, ours.articleId);
  const cards = mergeCards(ours, theirs, report);
  const reviews = union(ours.reviews, theirs.reviews, (r) => r.id, 'review', report).sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
  const decisions = union(ours.decisions, theirs.decisions, decisionKey, 'decision', report).sort((a, b) => a.at.localeCompare(b.at));
  const highlights = mergeHighlights(ours.highlights, theirs.highlights, report);
  const note = mergeNote(ours.note, theirs.note, report, ours.articleId);
  const editedSummary = mergeSummary(ours.editedSummary, theirs.editedSummary, report, ours.articleId);
  const records: ArticleRecords = { articleId: ours.articleId, state, cards, reviews, decisions, highlights, note, editedSummary };
  return { records, report: report.done(), changed: report.changedSomething };
}

class Reporter {
  private readonly lists = { added: [] as MergeItem[], merged: [] as MergeItem[], kept: [] as MergeItem[] };
  get changedSomething(): boolean {
    return this.lists.added.length + this.lists.merged.length > 0;
  }
  add(outcome: keyof MergeReport, kind: MergedKind, id: string): void {
    this.lists[outcome].push({ kind, id });
  }
  done(): MergeReport {
    return this.lists;
  }
}

function mergeState(ours: ArticleState, theirs: ArticleState, report: Reporter, id: string): ArticleState {
  const tags = [...ours.tags, ...theirs.tags.filter((t) => !ours.tags.includes(t))];
  const state: ArticleState = { ...ours, tags, progress: Math.max(ours.progress, theirs.progress), favorite: ours.favorite || theirs.favorite };
  report.add(same(state, ours) ? 'kept' : 'merged', 'article', id);
  return state;
}

/** When a card copy last changed: its latest review, edit or triage decision. */
function changedAt(card: StudyCard, decisions: readonly TriageDecision[]): string {
  const times = [card.schedule.lastReview, card.editedAt, ...decisions.filter((d) => d.cardId === card.id).map((d) => d.at)];
  return times.reduce<string>((latest, t) => (t && t > latest ? t : latest), '');
}

/** True when the backup's copy should replace ours. Ties go to the copy with more behind it,
 * then to the one made first (the original of a card a fresh library generated again). */
function theirsWins(ours: StudyCard, oursAt: string, theirs: StudyCard, theirsAt: string): boolean {
  if (theirsAt !== oursAt) return theirsAt > oursAt;
  if ((ours.status === 'untriaged') !== (theirs.status === 'untriaged')) return ours.status === 'untriaged';
  if (theirs.schedule.reps !== ours.schedule.reps) return theirs.schedule.reps > ours.schedule.reps;
  return theirs.createdAt < ours.createdAt;
}

function mergeCards(ours: ArticleRecords, theirs: ArticleRecords, report: Reporter): StudyCard[] {
  const incoming = new Map(theirs.cards.map((c) => [c.id, c]));
  const out: StudyCard[] = ours.cards.map((mine) => {
    const other = incoming.get(mine.id);
    if (!other) return mine;
    if (same(mine, other) || !theirsWins(mine, changedAt(mine, ours.decisions), other, changedAt(other, theirs.decisions))) {
      report.add('kept', 'card', mine.id);
      return mine;
    }
    report.add('merged', 'card', mine.id);
    return other;
  });
  const known = new Set(ours.cards.map((c) => c.id));
  for (const card of theirs.cards) {
    if (known.has(card.id)) continue;
    report.add('added', 'card', card.id);
    out.push(card);
  }
  return out;
}

function union<T>(ours: readonly T[], theirs: readonly T[], keyOf: (item: T) => string, kind: MergedKind, report: Reporter): T[] {
  const here = new Set(ours.map(keyOf));
  const out = [...ours];
  for (const item of theirs) {
    const key = keyOf(item);
    if (here.has(key)) {
      report.add('kept', kind, key);
      continue;
    }
    here.add(key);
    report.add('added', kind, key);
    out.push(item);
  }
  return out;
}

function decisionKey(d: TriageDecision): string {
  return `${d.cardId}|${d.at}|${d.decision}`;
}

function mergeHighlights(ours: readonly Highlight[], theirs: readonly Highlight[], report: Reporter): Highlight[] {
  const incoming = new Map(theirs.map((h) => [h.id, h]));
  const out = ours.map((mine) => {
    const other = incoming.get(mine.id);
    if (!other) return mine;
    if (!same(mine, other) && other.updatedAt > mine.updatedAt) {
      report.add('merged', 'highlight', mine.id);
      return other;
    }
    report.add('kept', 'highlight', mine.id);
    return mine;
  });
  const known = new Set(ours.map((h) => h.id));
  for (const h of theirs) {
    if (known.has(h.id)) continue;
    report.add('added', 'highlight', h.id);
    out.push(h);
  }
  return out;
}

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Nobody's text is dropped: a note written on one side only is taken; different notes on
 * both sides are both kept, the backup's below a marker (once: restoring again adds nothing). */
function mergeNote(ours: ArticleNote, theirs: ArticleNote, report: Reporter, id: string): ArticleNote {
  const mine = ours.markdown.trim();
  const other = theirs.markdown.trim();
  if (!other) return ours;
  if (!mine) {
    report.add('added', 'note', id);
    return theirs;
  }
  if (mine === other || mine.includes(other)) {
    report.add('kept', 'note', id);
    return ours;
  }
  if (other.includes(mine)) {
    report.add('merged', 'note', id);
    return { markdown: theirs.markdown, updatedAt: laterOf(ours.updatedAt, theirs.updatedAt) };
  }
  report.add('merged', 'note', id);
  return { markdown: `${ours.markdown.trimEnd()}\n\n${noteMergeMarker(theirs.updatedAt)}\n\n${other}\n`, updatedAt: laterOf(ours.updatedAt, theirs.updatedAt) };
}

/** The later edit wins; an edit without a time loses to one with a time, and ours stands on a tie. */
function mergeSummary(ours: EditedSummary | null, theirs: EditedSummary | null, report: Reporter, id: string): EditedSummary | null {
  if (!theirs) return ours;
  if (!ours) {
    report.add('added', 'summary', id);
    return theirs;
  }
  if (!same(ours.summary, theirs.summary) && (theirs.at ?? '') > (ours.at ?? '')) {
    report.add('merged', 'summary', id);
    return theirs;
  }
  report.add('kept', 'summary', id);
  return ours;
}

/** Structural equality of JSON values, whatever the order of object keys. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}
