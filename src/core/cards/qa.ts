// Short-answer wh-questions, only from shapes that transform reliably:
//   NAME VERBed OBJECT in|on DATE      → "When did NAME VERB OBJECT?"
//   NAME VERBed REST.  (sentence start) → "Who VERBed REST?"
import type { Sentence } from '../nlp/index.js';
import { PRONOUNS } from '../nlp/index.js';
import { containsWord, giveaways, type CardContext, type Draft } from './context.js';

const isPast = (text: string, lemma: string) => text.toLowerCase() !== lemma && !/s$/.test(text) && !/ing$/.test(text);
const BAD_IN_PREDICATE = new Set(['“', '”', '"', '(', ')', ':', ';']);

export function buildQaCards(ctx: CardContext, s: Sentence): Draft[] {
  if (!ctx.eligible(s)) return [];
  const drafts: Draft[] = [];
  const tokens = s.tokens;
  const mentions = ctx.mentionsOf(s.index);
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'organization') continue;
    const verb = tokens[m.tokenEnd];
    if (!verb || verb.pos !== 'VERB' || !isPast(verb.text, verb.lemma)) continue;
    const entity = ctx.analysis.entities.get(m.canonical);
    // When: up to six plain words, then "in"/"on" and a dated mention.
    const date = mentions.find((d) => d.type === 'date' && d.value !== undefined && d.tokenStart > m.tokenEnd && d.tokenStart - m.tokenEnd <= 8);
    if (date) {
      const prep = tokens[date.tokenStart - 1];
      const object = tokens.slice(m.tokenEnd + 1, date.tokenStart - 1);
      const plain = object.every((t) => /^[\p{L}-]+$/u.test(t.text) && t.pos !== 'VERB' && t.pos !== 'AUX' && !PRONOUNS.has(t.text.toLowerCase()));
      if (prep && (prep.text === 'in' || prep.text === 'on') && plain) {
        const front = `When did ${m.canonical} ${verb.lemma}${object.length ? ` ${object.map((t) => t.text).join(' ')}` : ''}?`;
        if (!containsWord(front, date.text)) {
          drafts.push({ kind: 'qa', front, back: date.text, sentence: s, answerType: 'date', fact: date.text.toLowerCase(), answerCount: 1, weight: 1.02 });
        }
      }
    }
    // Who: the sentence opens with the full name and a past verb; the rest carries no pronoun.
    if (m.tokenStart === 0 && m.text === m.canonical && m.type === 'person') {
      const rest = tokens.slice(m.tokenEnd, tokens.length - (tokens.at(-1)!.pos === 'PUNCT' ? 1 : 0));
      const clean = rest.every((t) => !PRONOUNS.has(t.text.toLowerCase()) && !BAD_IN_PREDICATE.has(t.text));
      if (clean && rest.length >= 4 && rest.length <= 22) {
        const predicate = s.text.slice(rest[0]!.start - s.start, rest.at(-1)!.end - s.start);
        const front = `Who ${predicate}?`;
        if (!giveaways(m.canonical, entity).some((f) => containsWord(front, f))) {
          drafts.push({ kind: 'qa', front, back: m.canonical, sentence: s, answerType: 'person', fact: m.canonical.toLowerCase(), answerCount: entity?.count ?? 1, weight: 0.98 });
        }
      }
    }
  }
  return drafts;
}
