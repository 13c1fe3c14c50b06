// Choice cards grade themselves: the right choice is Good (3), any other Again (1).
import { ChoiceError } from './errors.js';
import type { Grade, StudyCard } from '../../shared/study.js';

function normalise(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** `chosen` is an index into `card.choices` or the chosen text (compared ignoring case and spacing). */
export function gradeChoice(card: Pick<StudyCard, 'id' | 'kind' | 'back' | 'choices'>, chosen: number | string): Grade {
  const choices = card.choices;
  if (card.kind !== 'choice' || !choices || choices.length === 0) throw new ChoiceError(`Card ${card.id} is not a choice card.`);
  let text: string;
  if (typeof chosen === 'number') {
    const picked = Number.isInteger(chosen) ? choices[chosen] : undefined;
    if (picked === undefined) throw new ChoiceError(`Card ${card.id} has no choice ${chosen}.`);
    text = picked;
  } else {
    text = chosen;
  }
  return normalise(text) === normalise(card.back) ? 3 : 1;
}
