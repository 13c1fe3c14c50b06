// Domain types of the study feature: cards in study, their FSRS schedule as plain JSON, the review log,
// triage decisions and settings. Everything here is JSON-serialisable (ISO strings, no Dates),
// so the store can persist it as is. The algorithms live in src/core/study/.

// The one list of each: the types, the store's and the contract's schemas and the renderer's
// menus are all made from these.
export const CARD_KINDS = ['cloze', 'quote', 'choice', 'identity', 'qa'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Anki-style grades: Again, Hard, Good, Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** FSRS card states, in the order a card first passes through them. */
export const CARD_STATES = ['New', 'Learning', 'Review', 'Relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

export const CARD_STATUSES = ['untriaged', 'kept', 'dropped'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export type FeatureValue = number | string | boolean;
export type Features = Readonly<Record<string, FeatureValue>>;

export interface CardSource {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A quiz card as the CLI contract's `quiz` prints it (without the generator's features). */
export interface QuizCard {
  readonly id: string;
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly choices?: readonly string[];
  readonly cloze?: string;
  /** The cloze number (Anki's cN) this card asks when its cloze text has several; absent: 1. */
  readonly gap?: number;
  readonly source: CardSource;
}

/**
 * A generated card entering study. `features` is the generator's ranking data when present
 * (typed loosely so that src/core/cards' `Card` fits); only its number/string/boolean fields
 * are kept.
 */
export interface SourceCard extends QuizCard {
  readonly features?: object;
}

/** ts-fsrs's card state with ISO dates, as stored. */
export interface Schedule {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  /** Index of the current (re)learning step (ts-fsrs 5 `learning_steps`). */
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardStateName;
  readonly lastReview: string | null;
}

export interface StudyCard {
  readonly id: string;
  readonly articleId: string;
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly choices?: readonly string[];
  readonly cloze?: string;
  /** The cloze number (Anki's cN) this card asks when its cloze text has several; absent: 1. */
  readonly gap?: number;
  readonly source: CardSource;
  readonly features?: Features;
  readonly status: CardStatus;
  readonly schedule: Schedule;
  readonly suspended: boolean;
  readonly leech: boolean;
  readonly flagged: boolean;
  readonly flagReason: string | null;
  /** The user changed front/back; regeneration then keeps their text. */
  readonly edited: boolean;
  /** The generator's front/back before the user's edit; matching on regeneration uses these. */
  readonly original?: { readonly front: string; readonly back: string };
  /** When the user last edited the text (merging two copies of a card takes the later change). */
  readonly editedAt?: string;
  /** The reader's own labels (the card browser's Tag action). */
  readonly tags?: readonly string[];
  readonly createdAt: string;
}

/**
 * One review, kept apart from the card's content so it can be exported for optimising FSRS
 * parameters. `id` is `cardId@reviewTimeMs`.
 */
export interface ReviewLogEntry {
  readonly id: string;
  readonly cardId: string;
  readonly reviewedAt: string;
  readonly grade: Grade;
  readonly stateBefore: CardStateName;
  /** Days since the previous review (0 for the first). */
  readonly elapsedDays: number;
  /** Days until the next review (0 while in a (re)learning step). */
  readonly scheduledDays: number;
  readonly durationMs?: number;
}

/** `undo` takes back the card's previous decision (the card returns to its state before it). */
export const TRIAGE_CHOICES = ['keep', 'drop', 'edit', 'undo'] as const;
export type TriageChoice = (typeof TRIAGE_CHOICES)[number];

export interface TriageDecision {
  readonly cardId: string;
  readonly articleId: string;
  readonly decision: TriageChoice;
  readonly kind: CardKind;
  readonly features: Features;
  readonly at: string;
}

export interface StudySettings {
  /** Desired retention, 0–1 exclusive (FSRS `request_retention`). */
  readonly retention: number;
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** Local hour (0–23) at which a new study day begins. */
  readonly rolloverHour: number;
  /** Lapses at which a card becomes a leech and is suspended. */
  readonly leechLapses: number;
  /** No longer read: every learning card due today is queued, after everything else (due.ts
   * defines due once). Kept so that stored settings stay valid. */
  readonly learnAheadMinutes: number;
  /** Spread long intervals a little (FSRS fuzz; deterministic for a given card and time). */
  readonly fuzz: boolean;
  /** At most this many cards per 100 words of text: the generator makes fewer where the text has fewer facts worth a card. */
  readonly cardsPer100Words: number;
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  retention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  rolloverHour: 4,
  leechLapses: 8,
  learnAheadMinutes: 20,
  fuzz: true,
  cardsPer100Words: 3.3,
};

/**
 * The user's offset from UTC in minutes east (CET = 60, New York in winter = -300), or a
 * function giving it for an instant (for daylight saving: `(d) => -d.getTimezoneOffset()`).
 */
export type UtcOffset = number | ((at: Date) => number);

export interface LeechNotice {
  readonly cardId: string;
  readonly lapses: number;
  readonly message: string;
}

/** What the caller pushes on its undo stack after a grade. */
export interface UndoEntry {
  readonly before: StudyCard;
  readonly log: ReviewLogEntry;
}

export interface GradeResult {
  readonly card: StudyCard;
  readonly log: ReviewLogEntry;
  readonly undo: UndoEntry;
  readonly leechNotice?: LeechNotice;
}

export interface IntervalPreview {
  readonly due: string;
  /** Button label: "10m", "1d", "2.1mo". */
  readonly label: string;
}

export interface QueueOptions {
  /** Only this article's cards ("study this article"); all due cards when absent. */
  readonly articleId?: string;
  readonly utcOffset?: UtcOffset;
}

export interface StudyQueue {
  readonly cards: readonly StudyCard[];
  readonly counts: { readonly new: number; readonly learning: number; readonly review: number };
  /** Due or new cards held back because a sibling was reviewed today or is earlier in the queue. */
  readonly buried: number;
}

export interface DueCounts {
  readonly total: number;
  readonly byArticle: Readonly<Record<string, number>>;
}

export type TriageAction =
  | { readonly type: 'keep'; readonly cardId: string }
  | { readonly type: 'drop'; readonly cardId: string }
  | { readonly type: 'edit'; readonly cardId: string; readonly front: string; readonly back: string; readonly choices?: readonly string[] | undefined };

export interface TriageResult {
  readonly cards: StudyCard[];
  readonly decisions: TriageDecision[];
}

/** One step of triage to take back: the cards as they were before it and just after it
 * (one card for keep, drop or edit; several for "keep all"). */
export interface TriageUndoEntry {
  readonly articleId: string;
  readonly before: readonly StudyCard[];
  readonly after: readonly StudyCard[];
}

export interface MergeResult {
  readonly cards: StudyCard[];
  /** Ids of generated cards that are new to the article (untriaged). */
  readonly added: string[];
  /** Ids of the article's existing cards still in the result, with their status, schedule and history. */
  readonly kept: string[];
  /** Ids of kept cards flagged by this merge because their source sentence is gone. */
  readonly flagged: string[];
  /** Ids of untriaged cards the generator no longer proposes (they had no history). */
  readonly removed: string[];
}

export const SOURCE_CHANGED = 'source changed';

// ---- what the study API returns ----

/** What the card editor opens with for a selection: the sentence(s) around it and where the
 * selected words are in them (null when the whole of them is selected). */
export interface CardDraft {
  readonly source: CardSource;
  /** The selected words, trimmed and widened to whole words. */
  readonly selected: string;
  /** Offsets of the selected words in `source.text`, or null when they are all of it. */
  readonly gap: { readonly start: number; readonly end: number } | null;
}

/** A card the reader writes in the editor (`cards:create`). */
export type CardContent =
  | { readonly kind: 'cloze'; readonly text: string }
  | { readonly kind: 'qa'; readonly front: string; readonly back: string }
  | { readonly kind: 'choice'; readonly front: string; readonly choices: readonly string[]; readonly answer: number };

/** An article's cards as the reader's panel and triage show them. */
export interface CardsOfArticle {
  readonly articleId: string;
  /** Every card but the dropped ones. */
  readonly cards: readonly StudyCard[];
  readonly dropped: number;
  /** Why the article has no cards (e.g. not in English), or null. */
  readonly unsupported: string | null;
  /** How many of the reader's triage decisions the library's card model has learnt from. */
  readonly learnedFrom?: number;
}

/** The card browser's yes/no filters; `dropped: true` shows dropped cards only (they are left
 * out otherwise). */
export const CARD_FILTER_TOGGLES = ['due', 'suspended', 'leech', 'flagged', 'untriaged', 'dropped'] as const;
export type CardFilterToggle = (typeof CARD_FILTER_TOGGLES)[number];

export type CardFilter = {
  readonly articleId?: string;
  readonly kind?: CardKind;
  readonly state?: CardStateName;
  readonly text?: string;
} & { readonly [T in CardFilterToggle]?: boolean };

/** One action on many cards at once (the card browser's selection). */
export type BulkAction =
  | { readonly type: 'suspend' }
  | { readonly type: 'unsuspend' }
  /** Drops the cards, as deleting one does (regeneration never brings them back). */
  | { readonly type: 'delete' }
  | { readonly type: 'tag'; readonly add: readonly string[]; readonly remove: readonly string[] }
  /** Due at the start of the study day `date` (YYYY-MM-DD), or now ('today'). New cards stay new. */
  | { readonly type: 'reschedule'; readonly date: string | 'today' }
  /** Back to New; the review log keeps the card's history. */
  | { readonly type: 'reset' };

export interface BulkResult {
  /** The cards as they are now, for every id found (changed or not). */
  readonly cards: readonly StudyCard[];
  readonly changed: number;
  /** Cards the action does not apply to (a new card cannot be rescheduled). */
  readonly skipped: number;
  /** Ids that name no card in the library. */
  readonly missing: number;
}

export interface StudyQueueView {
  readonly cards: readonly { readonly card: StudyCard; readonly intervals: Readonly<Record<Grade, IntervalPreview>> }[];
  readonly counts: StudyQueue['counts'];
  readonly buried: number;
  readonly canUndo: boolean;
  /** The review time the intervals were computed for; pass it back with the grade so that the
   * interval applied is the one shown. */
  readonly reviewAt: string;
}

export interface GradeOutcome {
  readonly card: StudyCard;
  readonly grade: Grade;
  /** A notice when this grade made the card a leech (it is then suspended). */
  readonly leech: string | null;
}

export interface DayCount {
  /** Study day, YYYY-MM-DD. */
  readonly day: string;
  readonly value: number;
}

/** The numbers behind the statistics charts. */
export interface StudyStats {
  /** Reviews per study day over the period, split by grade. */
  readonly reviews: readonly { readonly day: string; readonly again: number; readonly hard: number; readonly good: number; readonly easy: number }[];
  /** Share of review-state cards recalled (not Again) per day; null on days without reviews. */
  readonly retention: readonly { readonly day: string; readonly value: number | null }[];
  /** Cards falling due on each of the coming days (overdue ones counted today). */
  readonly forecast: readonly DayCount[];
  readonly states: { readonly new: number; readonly learning: number; readonly review: number; readonly relearning: number; readonly suspended: number };
  readonly totalReviews: number;
  readonly desiredRetention: number;
  /** Retention of review-state cards per article over the period, most reviewed first. */
  readonly perArticle: readonly { readonly articleId: string; readonly title: string; readonly reviews: number; readonly retention: number | null }[];
}
