// Two names joined by "and" as one answer: "advisers such as [Hana Sato and Ilya Brandt]",
// "competition from [Chile and Peru]". Either name alone is refused as one item of a list
// (the other fits the gap as well); the pair is the whole fact a reader is asked to keep.
import type { Mention, Sentence } from '../nlp/index.js';
import { PRONOUNS } from '../nlp/index.js';
import { containsWord, type CardContext } from './context.js';
import type { Answer } from './answers.js';
import type { AnswerType } from './types.js';

/** An answer's core fields (answers.ts adds the pair flag and what it knows of single names). */
export type NamePair = Pick<Answer, 'type' | 'start' | 'end' | 'text' | 'fact' | 'count' | 'weight'>;

const TYPED = new Set(['person', 'place', 'organization']);
/** A pair is a little less crisp an answer than one name (as a pair of dates, answers.ts). */
const PAIR_WEIGHT = 0.95;
const TYPE_WEIGHT: Readonly<Partial<Record<AnswerType, number>>> = { person: 1, organization: 0.9, place: 0.72, name: 0.75 };

/** A name that can stand in a pair: a whole name of its own, not the text's topic, not an aside. */
function soundName(ctx: CardContext, s: Sentence, m: Mention): boolean {
  if (m.type === 'date' || m.type === 'number') return false;
  const entity = ctx.entityOf(m);
  if (!entity || PRONOUNS.has(m.text.toLowerCase())) return false;
  // One untyped capitalised word ("Kibaki", "Ninth") is too often half a name or a nickname.
  if (!m.text.includes(' ') && !TYPED.has(m.type)) return false;
  // A short form of a person named in full elsewhere, a bare abbreviation ("PNU", "ODM").
  if ((m.type === 'person' && m.text !== m.canonical) || /^[A-Z]{2,4}s?$/.test(m.text)) return false;
  if (ctx.isTopic(m.text, entity) || (entity.count >= 2 && containsWord(ctx.title, m.text))) return false;
  const before = s.text.slice(0, m.start - s.start);
  return before.lastIndexOf('(') <= before.lastIndexOf(')');
}

const SEPARATOR = new Set([',', 'and', 'or', '&', 'of', '(']);

/**
 * The pair that `m` opens, if it is exactly two sound names joined by "and", with no third item
 * of a list on either side and no longer name running on; else null.
 */
export function namePairAt(ctx: CardContext, s: Sentence, m: Mention): NamePair | null {
  const tokens = s.tokens;
  if (tokens[m.tokenEnd]?.text !== 'and') return null;
  const mentions = ctx.mentionsOf(s.index);
  const other = mentions.find((o) => o.tokenStart === m.tokenEnd + 1);
  if (!other || !soundName(ctx, s, m) || !soundName(ctx, s, other)) return null;
  // "Norla, [Vessa, and Tarn]", "the Upland clans, [Ferrows and Dalmers]": part of a longer list.
  const prev = tokens[m.tokenStart - 1];
  if (prev && SEPARATOR.has(prev.text)) return null;
  if (/^[A-Z]/.test(prev?.text ?? '') && m.tokenStart > 1) return null;
  const next = tokens[other.tokenEnd];
  if (next && (SEPARATOR.has(next.text) || /^['’]s?$/.test(next.text) || /^[A-Z\d]/.test(next.text))) return null;
  const before = s.text.charAt(m.start - s.start - 1);
  const after = s.text.charAt(other.end - s.start);
  if (/[\p{L}\p{N}\-–]/u.test(before) || /[\p{L}\p{N}\-–]/u.test(after)) return null;
  const text = s.text.slice(m.start - s.start, other.end - s.start);
  const type: AnswerType = m.type === other.type ? m.type : 'name';
  const count = Math.min(ctx.entityOf(m)!.count, ctx.entityOf(other)!.count);
  return { type, start: m.start, end: other.end, text, fact: text.toLowerCase(), count, weight: (TYPE_WEIGHT[type] ?? TYPE_WEIGHT.name!) * PAIR_WEIGHT };
}
