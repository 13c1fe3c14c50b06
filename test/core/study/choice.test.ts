import { describe, expect, it } from 'vitest';
import { ChoiceError, gradeChoice } from '../../../src/core/study/index.js';
import { sourceCard } from './helpers.js';

const card = sourceCard('q', { kind: 'choice', front: 'Who founded it?', back: 'Ada Lovelace', choices: ['Charles Babbage', 'Ada Lovelace', 'Alan Turing'] });

describe('gradeChoice', () => {
  it('grades the right choice Good (3) and a wrong one Again (1), by index', () => {
    expect(gradeChoice(card, 1)).toBe(3);
    expect(gradeChoice(card, 0)).toBe(1);
    expect(gradeChoice(card, 2)).toBe(1);
  });

  it('grades by text, ignoring case and spacing', () => {
    expect(gradeChoice(card, '  ada   lovelace ')).toBe(3);
    expect(gradeChoice(card, 'Alan Turing')).toBe(1);
  });

  it('refuses a missing choice or a card that is not a choice card', () => {
    expect(() => gradeChoice(card, 3)).toThrow(ChoiceError);
    expect(() => gradeChoice(card, 1.5)).toThrow(ChoiceError);
    expect(() => gradeChoice(sourceCard('c'), 0)).toThrow(ChoiceError);
  });
});
