// Domain types of notes: highlights anchored to the clean text, the reader's own Markdown note,
// and the summary note (generated, or the reader's edited version).

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** The W3C Web Annotation idea: the quote with its context (TextQuoteSelector) and where it
 * was (TextPositionSelector), offsets in the article's clean text. */
export interface TextSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export interface Highlight {
  readonly id: string;
  readonly color: HighlightColor;
  readonly note: string;
  readonly tags: readonly string[];
  readonly selector: TextSelector;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A piece of a highlight inside one block (what the reader paints). */
export interface BlockRange {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export type HighlightAnchor =
  | { readonly status: 'anchored'; readonly start: number; readonly end: number; readonly ranges: readonly BlockRange[] }
  | { readonly status: 'orphaned' };

export interface HighlightView extends Highlight {
  readonly anchor: HighlightAnchor;
}

export interface ArticleNote {
  readonly markdown: string;
  readonly updatedAt: string | null;
}

/** The summary note; the JSON shape `lectern summary --json` prints. */
export interface Summary {
  readonly keyPoints: readonly { readonly text: string; readonly paragraph: number }[];
  readonly people: readonly { readonly name: string; readonly role: string | null }[];
  readonly organizations: readonly { readonly name: string; readonly role: string | null }[];
  readonly places: readonly { readonly name: string }[];
  readonly timeline: readonly { readonly date: string; readonly event: string }[];
  readonly numbers: readonly { readonly value: string; readonly what: string }[];
}

export interface SummaryView {
  readonly summary: Summary;
  /** True when this is the reader's edited version (kept over regenerations). */
  readonly edited: boolean;
  /** The freshly generated summary, for "reset to generated". */
  readonly generated: Summary;
}
