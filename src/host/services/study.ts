// Study over the store: cards generated from an article and kept in its folder, triage,
// scheduling, the review and decision journals, and the numbers the statistics charts draw.
// The decisions themselves are the pure functions of core/study; this file gathers the data
// and writes the results back.
import { cardsFromContent, draftFromSelection } from '../../core/cards/index.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import {
  applyBulk,
  applyTriage,
  buildQueue,
  deletedCard,
  DEFAULT_STUDY_SETTINGS,
  dueHorizon,
  editedCard,
  flaggedCard,
  gradeCard,
  gradeChoice,
  isDueBy,
  keepAll,
  keptByReader,
  matchesFilter,
  newStudyCard,
  previewIntervals,
  reviewLogToCsv,
  studyDigest,
  studyStats,
  suspendedCard,
  undoGrade,
  undoTriage,
  type CardWording,
  type Grade,
  type ReviewLogEntry,
  type StudyCard,
  type StudySettings,
  type TriageAction,
  type TriageUndoEntry,
  type UndoEntry,
  type UtcOffset,
} from '../../core/study/index.js';
import type { BulkAction, BulkResult, CardContent, CardDraft, CardFilter, CardsOfArticle, GradeOutcome, StudyQueueView, StudyStats } from '../../shared/study.js';
import { decodeReviewLine, isUndoMarker, type UndoMarker } from '../../shared/journals.js';
import { DEFAULT_SETTINGS } from '../../shared/types.js';
import { cardsFile, STORE_VERSION } from '../store/file-kinds.js';
import type { JournalFollower } from '../store/journals.js';
import type { LibraryStore } from '../store/library-store.js';
import { cardRequest, cardsInProcess, generateStoredCards, GENERATOR_VERSION, storeGeneratedCards, type CardMaker } from './card-generation.js';
import { rankedView, ReaderModelService } from './reader-model.js';
import { quietWork, type Work } from './tasks.js';

export { GENERATOR_VERSION };

const UNDO_DEPTH = 50;

export class StudyService {
  private readonly undoStack: UndoEntry[] = [];
  private readonly triageUndo: TriageUndoEntry[] = [];
  /** Log IDs of reviews taken back in this session. */
  private readonly undone = new Set<string>();
  /** The review journal as read so far: every queue, grade and chart needs the whole log, and
   * reading years of reviews again on each call would cost more than the call itself. */
  private readonly reviewJournal: JournalFollower<ReviewLogEntry | UndoMarker>;
  private reviews: { from: readonly (ReviewLogEntry | UndoMarker)[]; log: readonly ReviewLogEntry[] } | null = null;
  private studyCards: { version: string; cards: readonly StudyCard[] } | null = null;

  constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => Date = () => new Date(),
    private readonly utcOffset: UtcOffset = (at) => -at.getTimezoneOffset(),
    /** Where "Regenerate" makes the cards (openHost: the parse worker, off this thread). */
    private readonly makeCards: CardMaker = cardsInProcess,
  ) {
    this.reviewJournal = store.followJournal('reviews', decodeReviewLine);
  }

  /** The library's card model, taught by every triage decision (reader-model.ts). */
  private get readerModel(): ReaderModelService {
    return new ReaderModelService(this.store, this.clock);
  }

  settings(): StudySettings {
    return { ...DEFAULT_STUDY_SETTINGS, ...this.store.settings()?.study };
  }

  updateSettings(change: Partial<StudySettings>): StudySettings {
    const next = { ...this.settings(), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
    this.store.updateSettings((file) => ({ schema: STORE_VERSION, ...DEFAULT_SETTINGS, ...file, study: next }));
    return next;
  }

  /** An article's cards, generated on first use (and again after a generator upgrade). */
  cards(articleId: string): CardsOfArticle {
    const stored = this.store.articleFile(cardsFile, 'articles', articleId);
    if (stored && stored.generator >= GENERATOR_VERSION) {
      const { ranking, decisions } = this.readerModel.ranking();
      return rankedView(this.view(articleId, stored.cards), ranking, decisions);
    }
    const { ranking, decisions } = this.readerModel.ranking();
    const { file, unsupported } = generateStoredCards(this.store, articleId, this.settings(), this.clock(), ranking);
    return rankedView(this.view(articleId, file.cards, unsupported), ranking, decisions);
  }

  /** Generates the article's cards again, keeping the history of cards whose sentence remains.
   * The cards are made by `makeCards`; a cancel until they are written writes nothing, since
   * the merge and the write are one step at the end. */
  async regenerate(articleId: string, work: Work = quietWork()): Promise<{ cards: CardsOfArticle; added: number; flagged: number; removed: number }> {
    work.report(0, 1);
    const { ranking, decisions } = this.readerModel.ranking();
    const set = await this.makeCards(cardRequest(this.store.parsed('articles', articleId).article, this.settings(), ranking));
    await work.checkpoint();
    // Wait on timers while another process writes, so the store's own wait finds the lock free.
    await this.store.whenUnlocked();
    const { file, added, flagged, removed, unsupported } = storeGeneratedCards(this.store, articleId, set, this.clock());
    work.report(1, 1);
    return { cards: rankedView(this.view(articleId, file.cards, unsupported), ranking, decisions), added, flagged, removed };
  }

  triage(articleId: string, action: TriageAction): StudyCard {
    return this.changeCards(articleId, (cards) => {
      const result = applyTriage(cards, action, this.clock());
      this.store.appendJournal('decisions', result.decisions);
      this.readerModel.learn(result.decisions);
      this.pushTriageUndo(result.undo);
      return result.cards;
    }).find((c) => c.id === action.cardId)!;
  }

  keepAll(articleId: string): number {
    let kept = 0;
    this.changeCards(articleId, (cards) => {
      const result = keepAll(cards, this.clock(), articleId);
      this.store.appendJournal('decisions', result.decisions);
      this.readerModel.learn(result.decisions);
      if (result.decisions.length) this.pushTriageUndo(result.undo);
      kept = result.decisions.length;
      return result.cards;
    });
    return kept;
  }

  /** Takes back this session's latest triage step of the article (keep, drop, edit or keep
   * all); returns the cards as they are again. */
  undoTriage(articleId: string): { cards: StudyCard[]; canUndo: boolean } {
    const index = this.triageUndo.findLastIndex((e) => e.articleId === articleId);
    const entry = this.triageUndo[index];
    if (!entry) throw new ValidationError('There is no triage decision to undo.');
    this.changeCards(articleId, (cards) => {
      const result = undoTriage(cards, entry, this.clock());
      this.store.appendJournal('decisions', result.decisions);
      this.readerModel.learn(result.decisions);
      return result.cards;
    });
    this.triageUndo.splice(index, 1);
    return { cards: [...entry.before], canUndo: this.triageUndo.some((e) => e.articleId === articleId) };
  }

  /** The article's dropped cards, for the Dropped list (restored by keeping them). */
  dropped(articleId: string): StudyCard[] {
    return (this.store.articleFile(cardsFile, 'articles', articleId)?.cards ?? []).filter((c) => c.status === 'dropped');
  }

  private pushTriageUndo(entry: TriageUndoEntry): void {
    this.triageUndo.push(entry);
    if (this.triageUndo.length > UNDO_DEPTH) this.triageUndo.shift();
  }

  /** What the card editor opens with for a selection in one block. */
  draft(articleId: string, paragraph: number, start: number, end: number): CardDraft {
    return draftFromSelection(this.store.parsed('articles', articleId).article, paragraph, start, end);
  }

  /** Keeps the cards the reader wrote in the editor (a cloze gives one per gap number). */
  create(articleId: string, range: { paragraph: number; start: number; end: number }, content: CardContent): StudyCard[] {
    const { article } = this.store.parsed('articles', articleId);
    const now = this.clock();
    const made = cardsFromContent(article, range, content).map((c): StudyCard => {
      const card = newStudyCard({ ...c, id: `${articleId}-${c.id}`, features: { ...c.features, madeByReader: true } }, articleId, now);
      return { ...card, status: 'kept' };
    });
    this.cards(articleId); // generate first, so the new cards join the article's own
    this.store.updateArticleFile(
      cardsFile,
      articleId,
      (current) => {
        const cards = current?.cards ?? [];
        const ids = new Set(made.map((c) => c.id));
        if (cards.some((c) => ids.has(c.id) && c.status !== 'dropped')) throw new ValidationError('You already have this card.');
        return { schema: STORE_VERSION, generator: current?.generator ?? GENERATOR_VERSION, cards: [...cards.filter((c) => !ids.has(c.id)), ...made] };
      },
      (file) => ({ study: studyDigest(file.cards) }),
    );
    this.store.appendJournal('decisions', keptByReader(made, now));
    return made;
  }

  /** Edits a card's wording outside triage (the card browser): front, back and a
   * multiple-choice card's options. */
  edit(articleId: string, cardId: string, wording: CardWording): StudyCard {
    return this.changeCard(articleId, cardId, (card) => editedCard(card, wording, this.clock()));
  }

  setSuspended(articleId: string, cardId: string, suspended: boolean): StudyCard {
    return this.changeCard(articleId, cardId, (card) => suspendedCard(card, suspended));
  }

  setFlagged(articleId: string, cardId: string, flagged: boolean): StudyCard {
    return this.changeCard(articleId, cardId, (card) => flaggedCard(card, flagged));
  }

  /** Deleting a card drops it: it leaves study and the browser, and regeneration never brings it back. */
  delete(articleId: string, cardId: string): void {
    this.changeCard(articleId, cardId, deletedCard);
  }

  /** Cards across the library that pass the filter (the card browser). Due means what "study
   * all due" would show now — the header's count — so it is the queue's own cards. */
  browse(filter: CardFilter): StudyCard[] {
    const ids = filter.articleId ? [filter.articleId] : this.store.metas('articles').filter((m) => m.study).map((m) => m.id);
    const dueIds = filter.due === undefined ? null : new Set(this.dueQueue(this.clock()).cards.map((c) => c.id));
    const out: StudyCard[] = [];
    for (const id of ids) {
      for (const card of this.store.articleFile(cardsFile, 'articles', id)?.cards ?? []) if (matchesFilter(card, filter, dueIds)) out.push(withoutFeatures(card));
    }
    return out;
  }

  /** One action on many cards: each article's card file is written once. */
  bulk(cardIds: readonly string[], action: BulkAction): BulkResult {
    const now = this.clock();
    const settings = this.settings();
    const byArticle = new Map<string, Set<string>>();
    for (const id of cardIds) {
      const articleId = id.slice(0, 16);
      byArticle.set(articleId, (byArticle.get(articleId) ?? new Set()).add(id));
    }
    const cards: StudyCard[] = [];
    let changed = 0;
    let skipped = 0;
    let missing = 0;
    for (const [articleId, ids] of byArticle) {
      const stored = this.store.shelfOf(articleId) === 'articles' ? this.store.articleFile(cardsFile, 'articles', articleId) : null;
      const present = new Set((stored?.cards ?? []).filter((c) => ids.has(c.id)).map((c) => c.id));
      missing += ids.size - present.size;
      if (present.size === 0) continue;
      this.changeCards(articleId, (current) => {
        const outcome = applyBulk(current, ids, action, now, settings, this.utcOffset);
        cards.push(...outcome.touched);
        changed += outcome.changed;
        skipped += outcome.skipped;
        return outcome.cards;
      });
    }
    return { cards, changed, skipped, missing };
  }

  /** What "study all due" would show now (the header's count). */
  private dueQueue(now: Date) {
    return buildQueue(this.cardsWithStudy(), this.reviewLog(), now, this.settings(), { utcOffset: this.utcOffset });
  }

  queue(articleId?: string): StudyQueueView {
    const now = this.clock();
    const settings = this.settings();
    const cards = articleId ? (this.store.articleFile(cardsFile, 'articles', articleId)?.cards ?? []) : this.cardsWithStudy();
    const queue = buildQueue(cards, this.reviewLog(), now, settings, { ...(articleId ? { articleId } : {}), utcOffset: this.utcOffset });
    return {
      cards: queue.cards.map((card) => ({ card, intervals: previewIntervals(card, now, settings) })),
      counts: queue.counts,
      buried: queue.buried,
      canUndo: this.undoStack.length > 0,
      reviewAt: now.toISOString(),
    };
  }

  /** Grades a card. `reviewAt` is the queue's preview time: the review is scheduled (and
   * logged) at that moment, so the interval applied is the one the button showed. */
  grade(articleId: string, cardId: string, grade: Grade, durationMs?: number, reviewAt?: string): GradeOutcome {
    const now = this.clock();
    const settings = this.settings();
    let outcome: GradeOutcome | null = null;
    this.changeCard(articleId, cardId, (card) => {
      const at = this.reviewTime(card, now, reviewAt);
      const result = gradeCard(card, grade, at, settings, durationMs === undefined ? {} : { durationMs });
      this.store.appendJournal('reviews', [result.log], now);
      this.undoStack.push(result.undo);
      if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
      outcome = { card: result.card, grade, leech: result.leechNotice?.message ?? null };
      return result.card;
    });
    return outcome!;
  }

  /** The preview's time when it is usable: not in the future, within the last day, after the
   * card's last review and not the time of a review taken back (its log ID stays undone). */
  private reviewTime(card: StudyCard, now: Date, reviewAt: string | undefined): Date {
    if (reviewAt === undefined) return now;
    const at = Date.parse(reviewAt);
    const last = card.schedule.lastReview === null ? -Infinity : Date.parse(card.schedule.lastReview);
    const usable = Number.isFinite(at) && at <= now.getTime() && now.getTime() - at <= 86_400_000 && at > last && !this.undone.has(`${card.id}@${at}`);
    return usable ? new Date(at) : now;
  }

  /** A choice card answered by option index or text: right is Good, wrong is Again. */
  answerChoice(articleId: string, cardId: string, chosen: number | string, durationMs?: number): GradeOutcome & { correct: boolean } {
    const card = this.findCard(articleId, cardId);
    const grade = gradeChoice(card, chosen);
    return { ...this.grade(articleId, cardId, grade, durationMs), correct: grade === 3 };
  }

  /** Takes back the last grade of this session: the card's exact previous state returns. */
  undo(): StudyCard {
    const entry = this.undoStack.pop();
    if (!entry) throw new ValidationError('There is no grade to undo.');
    const restored = undoGrade(entry, this.reviewLog()).card;
    this.changeCard(restored.articleId, restored.id, () => restored);
    this.store.appendJournal('reviews', [{ undo: entry.log.id } satisfies UndoMarker]);
    this.undone.add(entry.log.id);
    return restored;
  }

  /** Due cards per article and in all, from the list's digests (no card file is read); the
   * digest keeps the due times of cards in study past New, so this is `isDue` of each. */
  dueCounts(): { total: number; byArticle: Record<string, number> } {
    const now = this.clock();
    const byArticle: Record<string, number> = {};
    let total = 0;
    const horizon = dueHorizon(now, this.settings(), this.utcOffset);
    for (const meta of this.store.metas('articles')) {
      const due = (meta.study?.due ?? []).filter((d) => isDueBy(d, horizon)).length;
      if (due > 0) byArticle[meta.id] = due;
      total += due;
    }
    return { total, byArticle };
  }

  /** Every review, oldest first, without the ones taken back by undo. Only what was appended
   * to the journal since the last call (by any process) is read. */
  reviewLog(): readonly ReviewLogEntry[] {
    const lines = this.reviewJournal.entries();
    if (this.reviews?.from !== lines) {
      const undone = new Set(lines.flatMap((e) => (isUndoMarker(e) ? [e.undo] : [])));
      this.reviews = { from: lines, log: lines.filter((e): e is ReviewLogEntry => !isUndoMarker(e) && !undone.has(e.id)) };
    }
    return this.reviews.log;
  }

  reviewLogCsv(): string {
    return reviewLogToCsv(this.reviewLog());
  }

  stats(days = 30): StudyStats {
    const stats = studyStats(this.cardsWithStudy(), this.reviewLog(), this.clock(), this.settings(), this.utcOffset, days);
    const titles = new Map(this.store.metas('articles').map((m) => [m.id, m.state.title]));
    return { ...stats, perArticle: stats.perArticle.map((a) => ({ ...a, title: titles.get(a.articleId) ?? a.articleId })) };
  }

  /** Every card of the articles in study, kept until the change feed or the articles folder
   * changes (any process's card write appends to the feed): the header polls the queue, and
   * listing 10,000 records and reading their card files on each poll kept the host busy. */
  private cardsWithStudy(): readonly StudyCard[] {
    const version = this.store.listVersion();
    if (this.studyCards?.version === version) return this.studyCards.cards;
    const cards = this.store
      .metas('articles')
      .filter((m) => m.study && m.study.inStudy > 0)
      .flatMap((m) => this.store.articleFile(cardsFile, 'articles', m.id)?.cards ?? []);
    this.studyCards = { version, cards };
    return cards;
  }

  private view(articleId: string, cards: readonly StudyCard[], unsupported: string | null = null): CardsOfArticle {
    const meta = this.store.meta('articles', articleId);
    const reason = unsupported ?? (meta.language !== 'en' && meta.language !== 'und' && cards.length === 0 ? 'Card generation supports English for now; reading, notes and export still work.' : null);
    return { articleId, cards: cards.filter((c) => c.status !== 'dropped'), dropped: cards.filter((c) => c.status === 'dropped').length, unsupported: reason };
  }

  private findCard(articleId: string, cardId: string): StudyCard {
    const card = this.store.articleFile(cardsFile, 'articles', articleId)?.cards.find((c) => c.id === cardId);
    if (!card) throw new NotFoundError(`No card ${cardId} in article ${articleId}.`);
    return card;
  }

  private changeCards(articleId: string, change: (cards: StudyCard[]) => StudyCard[]): StudyCard[] {
    const file = this.store.updateArticleFile(
      cardsFile,
      articleId,
      (current) => {
        if (!current) throw new NotFoundError(`The article ${articleId} has no cards yet.`);
        return { ...current, cards: change([...current.cards]) };
      },
      (cards) => ({ study: studyDigest(cards.cards) }),
    );
    return [...file.cards];
  }

  private changeCard(articleId: string, cardId: string, change: (card: StudyCard) => StudyCard): StudyCard {
    let changed: StudyCard | null = null;
    this.changeCards(articleId, (cards) => {
      const index = cards.findIndex((c) => c.id === cardId);
      if (index < 0) throw new NotFoundError(`No card ${cardId} in article ${articleId}.`);
      changed = change(cards[index]!);
      cards[index] = changed;
      return cards;
    });
    return changed!;
  }
}

/** A card without the generator's ranking data, which the browser never shows (it is most of
 * a card's bytes, and the browser may list 10,000 cards). */
function withoutFeatures(card: StudyCard): StudyCard {
  const { features: _features, ...rest } = card;
  return rest;
}
