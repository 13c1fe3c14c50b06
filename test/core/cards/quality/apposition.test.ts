// The apposition input: an answer inside the description of a source ("X, a professor at [Y],
// said") asks who the source is — the judges' commonest trivia — not what the text claims.
import { describe, expect, it } from 'vitest';
import { answerInApposition } from '../../../../src/core/cards/quality/apposition.js';
import { inputsAsFeatures, inputsFromFeatures, qualityInputs } from '../../../../src/core/cards/quality/index.js';
import type { ParsedArticle } from '../../../../src/shared/types.js';

describe('answerInApposition', () => {
  it('finds an answer in the description of a source, set off by commas', () => {
    const s = 'The glaze cracks in frost, said Lena Ortiz, a chemist at the Harlow Ceramics Institute, in an interview.';
    expect(answerInApposition('Harlow Ceramics Institute', s)).toBe(true);
    expect(answerInApposition('chemist', s)).toBe(true);
    expect(answerInApposition('Owen Marsh', 'The survey’s co-author, who works for Owen Marsh Analytics, declined to comment.')).toBe(true);
    expect(answerInApposition('Brightwater College', 'Pell Hart, the team’s coach at Brightwater College, was not surprised.')).toBe(true);
  });

  it('leaves the claim itself alone: the answer outside any apposition, or no apposition at all', () => {
    const s = 'The glaze cracks in frost, said Lena Ortiz, a chemist at the Harlow Ceramics Institute, in an interview.';
    expect(answerInApposition('frost', s)).toBe(false);
    expect(answerInApposition('Lena Ortiz', s)).toBe(false);
    expect(answerInApposition('1,200 kelvin', 'The kiln reaches 1,200 kelvin in four hours.')).toBe(false);
    expect(answerInApposition('', s)).toBe(false);
  });
});

describe('the apposition input on a card', () => {
  const text = 'Tin glaze turns opaque when fired, said Lena Ortiz, a chemist at the Harlow Ceramics Institute.';
  const article: Pick<ParsedArticle, 'title' | 'blocks'> = { title: 'Why tin glaze turns white', blocks: [{ type: 'paragraph', text }] };
  const card = (back: string) => ({ kind: 'cloze', front: text.replace(back, '[...]'), back, source: { paragraph: 0, text }, features: { answerType: 'organization' } });

  it('is read from the card and its sentence', () => {
    expect(qualityInputs(card('Harlow Ceramics Institute'), article).answerInApposition).toBe(true);
    expect(qualityInputs(card('opaque'), article).answerInApposition).toBe(false);
  });

  it('reads as absent on a card stored before it existed, which still teaches the other inputs', () => {
    const stored: Record<string, unknown> = inputsAsFeatures(qualityInputs(card('Harlow Ceramics Institute'), article));
    delete stored['q.answerInApposition'];
    expect(inputsFromFeatures(stored)).toMatchObject({ kind: 'cloze', answerInApposition: false });
  });
});
