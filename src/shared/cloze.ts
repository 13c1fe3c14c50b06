// Cloze text in Anki's syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`. Every gap number
// (c1, c2, …) is one card: it asks that number's gaps and shows the others filled in, as Anki
// does. Shared by the contract's validation, the card builder and the editor's preview.

export interface ClozeGap {
  /** Anki's cN. */
  readonly n: number;
  readonly answer: string;
  readonly hint: string | null;
  readonly start: number;
  readonly end: number;
}

/** The gap as a study card's front shows it (also in Lectern's older one-gap cards). */
export const CLOZE_BLANK = '[...]';

const GAP = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export function clozeGaps(text: string): ClozeGap[] {
  return [...text.matchAll(GAP)].map((m) => ({ n: Number(m[1]), answer: m[2]!, hint: m[3] ?? null, start: m.index, end: m.index + m[0].length }));
}

/** The gap numbers the text uses, ascending: one card each. */
export function clozeNumbers(text: string): number[] {
  return [...new Set(clozeGaps(text).map((g) => g.n))].filter((n) => n > 0).sort((a, b) => a - b);
}

/** Why the text is not a usable cloze, as a sentence for the reader, or null when it is. */
export function clozeProblem(text: string): string | null {
  const gaps = clozeGaps(text);
  if (gaps.length === 0) return 'A cloze needs at least one gap: mark words as {{c1::…}}.';
  if (gaps.some((g) => g.n < 1 || g.n > 99)) return 'Gaps are numbered c1 to c99.';
  if (gaps.some((g) => !g.answer.trim())) return 'A gap cannot be empty: {{c1::…}} needs words inside.';
  const rest = text.replace(GAP, '');
  if (/\{\{|\}\}/.test(rest)) return 'A gap is not closed: write it as {{c1::words}}.';
  if (!/[\p{L}\p{N}]/u.test(rest)) return 'Leave some words outside the gaps: they are the question.';
  return null;
}

export type ClozePart = { readonly text: string } | { readonly gap: string; readonly hint: string | null };

/** The text for card `n`: its own gaps as gaps, every other gap filled in with its answer. */
export function clozeParts(text: string, n: number): ClozePart[] {
  const parts: ClozePart[] = [];
  let at = 0;
  const push = (t: string) => {
    if (!t) return;
    const last = parts.at(-1);
    if (last && 'text' in last) parts[parts.length - 1] = { text: last.text + t };
    else parts.push({ text: t });
  };
  for (const g of clozeGaps(text)) {
    push(text.slice(at, g.start));
    if (g.n === n) parts.push({ gap: g.answer, hint: g.hint });
    else push(g.answer);
    at = g.end;
  }
  push(text.slice(at));
  return parts;
}

/** Card `n`'s front as plain text: its gaps as `[...]` (or `[hint]`). */
export function clozeFront(text: string, n: number): string {
  return clozeParts(text, n)
    .map((p) => ('text' in p ? p.text : p.hint ? `[${p.hint}]` : CLOZE_BLANK))
    .join('');
}

/** Card `n`'s answer: its gaps' words, in order. */
export function clozeBack(text: string, n: number): string {
  return clozeParts(text, n)
    .flatMap((p) => ('gap' in p ? [p.gap] : []))
    .join(' … ');
}

/** Wraps `text[start, end)` in a gap numbered `n` (the editor's "make a gap" over a selection). */
export function markGap(text: string, start: number, end: number, n: number): string {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s === e) return text;
  return `${text.slice(0, s)}{{c${n}::${text.slice(s, e)}}}${text.slice(e)}`;
}

/** The next unused gap number. */
export function nextGapNumber(text: string): number {
  return Math.max(0, ...clozeNumbers(text)) + 1;
}

/** Options that are the same once case and spacing are ignored. */
export function sameOption(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** Why a multiple-choice card's options are not usable, or null. */
export function choiceProblem(choices: readonly string[], answer: string): string | null {
  if (choices.length < 2) return 'A multiple-choice card needs at least 2 options.';
  if (choices.length > 10) return 'A multiple-choice card has at most 10 options.';
  if (choices.some((c) => !c.trim())) return 'An option cannot be empty.';
  for (let i = 1; i < choices.length; i++) {
    if (choices.slice(0, i).some((c) => sameOption(c, choices[i]!))) return `The option "${choices[i]!.trim()}" is there twice.`;
  }
  if (!choices.some((c) => c.trim() === answer.trim())) return 'The answer must be one of the options.';
  return null;
}

/** `choiceProblem` with the answer given as the index of the correct option. */
export function optionsProblem(choices: readonly string[], answer: number): string | null {
  const right = choices[answer];
  return right === undefined ? 'Mark which option is the answer.' : choiceProblem(choices, right);
}
