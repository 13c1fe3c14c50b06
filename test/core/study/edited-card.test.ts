// The reader's wording of a card: a multiple-choice card's options stay whole with their answer,
// a cloze card's Anki text follows its front, and regeneration keeps all of it.
import { describe, expect, it } from 'vitest';
import { editedCard, mergeRegenerated, StudyError } from '../../../src/core/study/index.js';
import { keptCard, sourceCard, T0 } from './helpers.js';

describe('editing a card’s wording', () => {
  const choice = keptCard(sourceCard('c1', { kind: 'choice', front: 'Who met Xi?', back: 'Blinken', choices: ['Blinken', 'Kerry', 'Pompeo'] }));
  const cloze = keptCard(sourceCard('z1', { kind: 'cloze', front: '[...] met Xi.', back: 'Blinken', cloze: '{{c1::Blinken}} met {{c2::Xi}}.', gap: 1 }));

  it('edits a multiple-choice card’s options, refusing an answer outside them or an option twice', () => {
    const edited = editedCard(choice, { front: 'Who met Xi in June?', back: 'Blinken', choices: ['Austin', 'Blinken'] }, T0);
    expect(edited).toMatchObject({ front: 'Who met Xi in June?', choices: ['Austin', 'Blinken'], edited: true, original: { front: 'Who met Xi?', back: 'Blinken' } });
    expect(() => editedCard(choice, { front: 'Who?', back: 'Biden', choices: ['Austin', 'Blinken'] }, T0)).toThrow(/one of the options/);
    expect(() => editedCard(choice, { front: 'Who?', back: 'Kerry', choices: ['Kerry', ' kerry'] }, T0)).toThrow(StudyError);
    expect(() => editedCard(cloze, { front: 'x [...]', back: 'y', choices: ['y', 'z'] }, T0)).toThrow(/Only a multiple-choice card/);
  });

  it('keeps a cloze card’s Anki text while its front is unchanged, and rewrites it as one gap when it changes', () => {
    expect(editedCard(cloze, { front: cloze.front, back: cloze.back }, T0)).toMatchObject({ cloze: '{{c1::Blinken}} met {{c2::Xi}}.', gap: 1 });
    const changed = editedCard(cloze, { front: 'In June [...] met Xi.', back: 'Antony Blinken' }, T0);
    expect(changed.cloze).toBe('In June {{c1::Antony Blinken}} met Xi.');
    expect(changed.gap).toBeUndefined();
    expect(editedCard(cloze, { front: 'Who met Xi?', back: 'Blinken' }, T0).cloze).toBeUndefined();
  });

  it('survives regeneration with its options and cloze text', () => {
    const edited = editedCard(choice, { front: 'Who met Xi?', back: 'Kerry', choices: ['Kerry', 'Blinken'] }, T0);
    const generated = sourceCard('c1', { kind: 'choice', front: 'Who met Xi?', back: 'Blinken', choices: ['Blinken', 'Kerry', 'Pompeo'] });
    const [again] = mergeRegenerated([edited], [generated], 'a1', T0).cards;
    expect(again).toMatchObject({ back: 'Kerry', choices: ['Kerry', 'Blinken'] });
  });
});
