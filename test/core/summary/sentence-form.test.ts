// The sentence-form checks the key point ranker relies on, on short invented sentences.
import { describe, expect, it } from 'vitest';
import { QUESTION_END, STATEMENT_END } from '../../../src/core/summary/sentence-form.js';

describe('STATEMENT_END', () => {
  it.each([
    'The council called the vote a test of the plan.',
    'The mayor said every street would be a "model street."',
    'The mayor called every street a ‘model street.’',
    "The mayor called every street a 'model street.'",
  ])('reads %s as a finished statement', (text) => {
    expect(STATEMENT_END.test(text)).toBe(true);
  });

  it('does not take a heading or a cut-off line for a statement', () => {
    expect(STATEMENT_END.test('Harbour streets closed to cars')).toBe(false);
    expect(STATEMENT_END.test('The council called the vote a test of the')).toBe(false);
  });
});

describe('QUESTION_END', () => {
  it('sees a question inside straight single quotes too', () => {
    expect(QUESTION_END.test("The mayor asked, 'Why not our town?'")).toBe(true);
  });
});
