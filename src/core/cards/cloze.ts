// Cloze and choice cards: an important sentence with one whole answer blanked.
import type { Sentence } from '../nlp/index.js';
import { answersOf, type Answer } from './answers.js';
import { givesAway, hasPronounSubject, wordCount, type CardContext, type Draft } from './context.js';
import { distractorsFor, placeAnswer } from './distractors.js';

export const GAP = '[...]';

function blank(s: Sentence, a: Answer, fill: string): string {
  return s.text.slice(0, a.start - s.start) + fill + s.text.slice(a.end - s.start);
}

/** Cloze drafts; a name or a number becomes a choice card when selected, if three sound distractors exist. */
export function buildGapCards(ctx: CardContext, s: Sentence): Draft[] {
  if (!ctx.eligible(s) || hasPronounSubject(s)) return [];
  const drafts: Draft[] = [];
  for (const answer of answersOf(ctx, s)) {
    const front = blank(s, answer, GAP);
    if (givesAway(front, answer.text, answer.entity)) continue;
    // Enough context left to have one answer.
    if (wordCount(front) - 1 < 7) continue;
    const wantsChoice = answer.type === 'person' || answer.type === 'organization' || answer.type === 'number' || (answer.type === 'place' && answer.entity?.subtype);
    // Distractors are costly to find: only the cards that are selected look for them.
    const choices = wantsChoice
      ? (): readonly string[] | null => {
          const distractors = distractorsFor(ctx, answer, front, s.index);
          return distractors ? placeAnswer(answer.text, distractors, `${s.index}|${answer.text}`) : null;
        }
      : undefined;
    // One object literal of one shape: spreading a base object and an optional part was the costliest line here.
    const draft: Draft = { sentence: s, answerType: answer.type, fact: answer.fact, answerCount: answer.count, back: answer.text, kind: 'cloze', front, cloze: blank(s, answer, `{{c1::${answer.text}}}`), weight: answer.weight * (wantsChoice ? 1 : 0.97), makeChoices: choices };
    drafts.push(draft);
  }
  return drafts;
}
