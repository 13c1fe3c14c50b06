// Anki cloze text (src/shared/cloze.ts) and the contract's checks of what the card editor sends.
import { describe, expect, it } from 'vitest';
import { choiceProblem, clozeBack, clozeFront, clozeNumbers, clozeParts, clozeProblem, markGap, nextGapNumber } from '../../src/shared/cloze.js';
import { contract, describeIssues } from '../../src/shared/contract.js';

const TEXT = '{{c1::Blinken}} met {{c2::Xi Jinping}} in {{c1::Beijing::a city}}.';

describe('cloze text', () => {
  it('numbers its gaps as Anki does: one card per cN, the same number blanked together', () => {
    expect(clozeNumbers(TEXT)).toEqual([1, 2]);
    expect(clozeFront(TEXT, 1)).toBe('[...] met Xi Jinping in [a city].');
    expect(clozeBack(TEXT, 1)).toBe('Blinken … Beijing');
    expect(clozeFront(TEXT, 2)).toBe('Blinken met [...] in Beijing.');
    expect(clozeBack(TEXT, 2)).toBe('Xi Jinping');
    expect(clozeParts(TEXT, 2)).toEqual([{ text: 'Blinken met ' }, { gap: 'Xi Jinping', hint: null }, { text: ' in Beijing.' }]);
  });

  it('says in words what is wrong with a cloze', () => {
    expect(clozeProblem(TEXT)).toBeNull();
    expect(clozeProblem('No gap at all.')).toMatch(/at least one gap/);
    expect(clozeProblem('An {{c1::}} empty gap.')).toMatch(/cannot be empty/);
    expect(clozeProblem('An {{c1::open gap.')).toMatch(/at least one gap|not closed/);
    expect(clozeProblem('{{c1::a}}, {{c2::b}}.')).toMatch(/outside the gaps/);
    expect(clozeProblem('Half {{c1::done}} and {{c2::open')).toMatch(/not closed/);
  });

  it('marks a gap over a selection, trimming its spaces, with the next free number', () => {
    const text = 'Blinken met Xi in Beijing.';
    expect(markGap(text, 11, 15, 1)).toBe('Blinken met {{c1::Xi}} in Beijing.');
    expect(nextGapNumber(TEXT)).toBe(3);
    expect(nextGapNumber(text)).toBe(1);
  });

  it('checks options: two at least, none twice, the answer among them', () => {
    expect(choiceProblem(['Blinken', 'Kerry'], 'Blinken')).toBeNull();
    expect(choiceProblem(['Blinken'], 'Blinken')).toMatch(/at least 2/);
    expect(choiceProblem(['Blinken', ' blinken '], 'Blinken')).toMatch(/twice/);
    expect(choiceProblem(['Blinken', 'Kerry'], 'Pompeo')).toMatch(/one of the options/);
  });
});

describe('the contract refuses bad cards with a human reason', () => {
  const articleId = '0123456789abcdef';
  const source = { paragraph: 2, start: 0, end: 40 };
  const create = (card: unknown) => contract['cards:create'].args.safeParse({ articleId, source, card });
  const reason = (result: ReturnType<typeof create>) => (result.success ? '' : describeIssues(result.error));

  it('takes a cloze with a gap, a question, a choice card', () => {
    expect(create({ kind: 'cloze', text: TEXT }).success).toBe(true);
    expect(create({ kind: 'qa', front: 'Who?', back: 'Blinken' }).success).toBe(true);
    expect(create({ kind: 'choice', front: 'Who?', choices: ['Blinken', 'Kerry'], answer: 1 }).success).toBe(true);
  });

  it('refuses a cloze without a gap, duplicate or single options, an answer out of range', () => {
    expect(reason(create({ kind: 'cloze', text: 'Blinken met Xi.' }))).toMatch(/at least one gap/);
    expect(reason(create({ kind: 'choice', front: 'Who?', choices: ['Blinken', 'BLINKEN'], answer: 0 }))).toMatch(/twice/);
    expect(reason(create({ kind: 'choice', front: 'Who?', choices: ['Blinken'], answer: 0 }))).toMatch(/at least 2 options/);
    expect(reason(create({ kind: 'choice', front: 'Who?', choices: ['Blinken', 'Kerry'], answer: 2 }))).toMatch(/Mark which option/);
    expect(reason(create({ kind: 'qa', front: ' ', back: 'x' }))).toMatch(/cannot be empty/);
    expect(contract['cards:create'].args.safeParse({ articleId, source: { paragraph: 0, start: 0, end: 0 }, card: { kind: 'qa', front: 'a', back: 'b' } }).success).toBe(false);
  });

  it('refuses an edit whose answer is not among the options', () => {
    const edit = (change: object) => contract['cards:edit'].args.safeParse({ articleId, cardId: `${articleId}-abcdef12`, front: 'Who?', back: 'Blinken', ...change });
    expect(edit({ choices: ['Blinken', 'Kerry'] }).success).toBe(true);
    const wrong = edit({ choices: ['Kerry', 'Pompeo'] });
    expect(wrong.success ? '' : describeIssues(wrong.error)).toMatch(/choices: The answer must be one of the options/);
    expect(edit({}).success).toBe(true);
  });
});
