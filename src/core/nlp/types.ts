// The shapes the NLP layer hands to its users (cards today, summaries later). Offsets are
// 0-based JavaScript string offsets within one block's text, end exclusive — the same
// "Text positions" as ../shared/CLI-CONTRACT.md, so `blocks[block].slice(start, end)` is exact.

/** Universal part-of-speech tag as wink-nlp gives it (PROPN, NOUN, VERB, ADP, NUM, PUNCT…). */
export type Pos = string;

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: Pos;
  /** Always in lower case (tokens.ts lower-cases wink's lemma once, so readers need not). */
  readonly lemma: string;
  readonly stop: boolean;
}

export interface Sentence {
  /** Index of this sentence in `AnalyzedText.sentences`. */
  readonly index: number;
  /** Index of the block (heading or paragraph) that holds it. */
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

export type NameType = 'person' | 'organization' | 'place' | 'name';
export type ValueType = 'date' | 'number';
export type MentionType = NameType | ValueType;

/**
 * One mention of an entity or a value in a sentence. `tokenStart`/`tokenEnd` index the
 * sentence's tokens (end exclusive); `start`/`end` are block offsets of the mention's text.
 */
export interface Mention {
  readonly type: MentionType;
  readonly text: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The entity this mention names: the fullest form of a name ("Antony Blinken" for "Blinken"). */
  readonly canonical: string;
  /** Dates: a four-digit year when the text gives one. Numbers: the numeric value. */
  readonly value?: number;
  /** Numbers: the noun after the number ("people", "percent"), lowercased, or "". */
  readonly unit?: string;
  /** Places: "country", "city", "region", "state" (US), "celestial" or "" when the built-in lists do not know it. */
  readonly subtype?: string;
}

/** A role phrase the text attaches to a person: "Chinese Foreign Minister" for "Qin Gang". */
export interface RoleMention {
  readonly person: string;
  readonly role: string;
  readonly sentence: number;
  /** "apposition" (`X, the Y,` / `the Y, X`) or "title" (`Chinese President Xi Jinping`). */
  readonly form: 'apposition' | 'title';
}

/** An entity of the article with all the surface forms it was seen under. */
export interface Entity {
  readonly canonical: string;
  readonly type: NameType;
  readonly aliases: readonly string[];
  readonly count: number;
  readonly subtype: string;
}

export interface AnalyzedText {
  readonly blocks: readonly string[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly roles: readonly RoleMention[];
  readonly entities: ReadonlyMap<string, Entity>;
  /** Lemma → count of content words (nouns, proper nouns, verbs, adjectives) in the text. */
  readonly lemmaCounts: ReadonlyMap<string, number>;
}
