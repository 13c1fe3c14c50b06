// One card per sentence tests its central span: where a sentence offers a walk-on name (met in
// that sentence only, not in the title or lead) and another span, the other span ranks first;
// where it states a figure, the figure ranks before the year it was measured in.
// Every text is invented for the spec.
import { describe, expect, it } from 'vitest';
import { buildGapCards } from '../../../src/core/cards/cloze.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { rankDrafts } from '../../../src/core/cards/select.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom } from './helpers.js';

/** Each sentence's best-ranked gap answer, by sentence index. */
function bestPerSentence(text: string): Map<number, string> {
  const article = articleFrom(text);
  const ctx = buildContext(analyzeBlocks(article.blocks), article.blocks, article.title);
  const drafts = ctx.analysis.sentences.flatMap((s) => buildGapCards(ctx, s));
  const best = new Map<number, string>();
  for (const r of rankDrafts(ctx, drafts)) if (!best.has(r.draft.sentence.index)) best.set(r.draft.sentence.index, r.draft.back);
  return best;
}

const TEXT =
  'Harlow council approves river bridge\n\n' +
  'Harlow council approved a new river bridge on Tuesday after a vote of nine to four. ' +
  'The bridge will cost £40 million and will carry trams as well as cars.\n\n' +
  'Until now the river was crossed only by a ferry, which the boatman Peter Hale ran for forty years. ' +
  'Quill said the council would borrow £25 million from the national infrastructure bank to pay for the bridge.\n';

describe('the central span of a sentence', () => {
  it('blanks how long the ferry ran, not the walk-on boatman who ran it', () => {
    const best = [...bestPerSentence(TEXT).values()];
    expect(best).toContain('forty years');
    expect(best).not.toContain('Peter Hale');
  });

  it('keeps a walk-on that is its sentence’s only span', () => {
    const text = TEXT.replace(' for forty years', ' every day');
    expect([...bestPerSentence(text).values()]).toContain('Peter Hale');
  });

  it('blanks a figure, not the year it was measured in', () => {
    const text = TEXT.replace('Until now the river was crossed only by a ferry, which the boatman Peter Hale ran for forty years.', 'Traffic on the old ferry fell by 12% in 2019, the year the council first planned the bridge.');
    const best = [...bestPerSentence(text).values()];
    expect(best).toContain('12%');
    expect(best).not.toContain('2019');
  });

  it('blanks a count, not the year it was counted in ("in [2004] had 27 titles")', () => {
    // Blind judges of session 40: "Blanks the reporting year instead of the 27-title figure".
    const text = TEXT.replace('Until now the river was crossed only by a ferry, which the boatman Peter Hale ran for forty years.', 'The old ferry made 5,200 crossings in 2019, the year the council first planned the bridge.');
    const best = [...bestPerSentence(text).values()];
    expect(best).toContain('5,200');
    expect(best).not.toContain('2019');
  });

  it('keeps the year of a sentence without a figure', () => {
    const text = TEXT.replace('Until now the river was crossed only by a ferry, which the boatman Peter Hale ran for forty years.', 'The old ferry stopped running in 2019, the year the council first planned the bridge.');
    expect([...bestPerSentence(text).values()]).toContain('2019');
  });
});
