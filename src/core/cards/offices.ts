// The office a sentence says someone took or held: "would become Norway's fourth [Prime
// Minister]", "they serve as [wardens] in regional parks". Who holds which office is a main
// fact of expository text, and the cue word, not repetition, says it is the point.
import type { Sentence } from '../nlp/index.js';
import { ROLE_NOUNS } from '../nlp/index.js';

/** Words after which an office is named: becoming, being chosen for, or serving in it. */
const OFFICE_CUE = /\b(?:become|becomes|became|becoming|elected|appointed|named|(?:sworn in|served|serve|serves|serving|acted|act|acts|acting) as)\s+$/i;
/** How every OFFICE_CUE match ends, so how the token before the office must end. */
const CUE_END = /(?:become|becomes|became|becoming|elected|appointed|named|as)$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their)$/i;
/** Offices of church and state the lexicon's role nouns (titles before names) leave out. */
const MORE_OFFICES = new Set(['pastor', 'priest', 'bishop', 'archbishop', 'deacon', 'elder', 'chaplain', 'missionary', 'pope', 'cardinal', 'abbot', 'emperor', 'empress', 'regent', 'viceroy', 'consul', 'sultan', 'khan', 'governor-general', 'magistrate', 'treasurer', 'warden']);
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))$/i;

export interface OfficeSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * Offices named right after a cue, in token ranges: one to three words, all capitalised ("Prime
 * Minister") or all lower case ("chief justice"), ending on a role noun. A determiner, a
 * possessive ("Kenya's") and an ordinal before the office stay in the front. An office followed by
 * a name ("became President Obama") or by "of" ("head of the council") is half of a longer
 * phrase, one item of a list is half the fact, and one plain word after "its" or "his" ("became
 * its leader") says only that someone led: all are left out.
 */
export function officesOf(s: Sentence): OfficeSpan[] {
  const tokens = s.tokens;
  const out: OfficeSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // The cue ends on the token before: most tokens are ruled out by its last letters, before the slice and the pattern.
    if (!CUE_END.test(tokens[i - 1]!.text) || !OFFICE_CUE.test(s.text.slice(Math.max(0, tokens[i]!.start - s.start - 20), tokens[i]!.start - s.start))) continue;
    let a = i;
    const owned = /^(?:its|his|her|their)$/i.test(tokens[a]?.text ?? '');
    if (DETERMINER.test(tokens[a]?.text ?? '')) a++;
    else if (/^\p{Lu}/u.test(tokens[a]?.text ?? '') && /^['’]s$/.test(tokens[a + 1]?.text ?? '')) a += 2;
    if (ORDINAL.test(tokens[a]?.text ?? '')) a++;
    const capital = /^\p{Lu}/u.test(tokens[a]?.text ?? '');
    let b = a;
    while (b < tokens.length && b - a < 3 && (capital ? /^\p{Lu}\p{Ll}+$/u : /^\p{Ll}+$/u).test(tokens[b]!.text) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[b]!.pos)) b++;
    // The office ends on a role noun; a shorter run that does is not the whole phrase.
    const head = tokens[b - 1]?.text.toLowerCase().replace(/s$/, '') ?? '';
    if (b === a || !(ROLE_NOUNS.has(head) || MORE_OFFICES.has(head))) continue;
    const next = tokens[b]?.text ?? '';
    if (/^\p{Lu}/u.test(next) || next === 'of' || /^['’]s$/.test(next) || next === '-') continue;
    // "serve as guides, rangers, teachers …": one item of a list is half the fact.
    if ((next === ',' || next === 'and' || next === 'or') && /^\p{Ll}/u.test(tokens[b + 1]?.text ?? '') && /^(?:NOUN|ADJ)$/.test(tokens[b + 1]!.pos)) continue;
    // "before Morales became its leader": one plain word after "its" or "his" says only that someone led.
    if (owned && !capital && b - a === 1) continue;
    out.push({ tokenStart: a, tokenEnd: b });
  }
  return out;
}
