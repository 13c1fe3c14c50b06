// Key numbers the plain clause rule misses: figures the NLP layer does not keep (durations, race
// times, match scores, counts of people in words), verbs the tagger reads as nouns ("The repairs
// cost £1.8 million"), and figures whose own clause has no subject of its own but borrows one the
// sentence states plainly — an aside between subject and verb ("Okonkwo, 52, said …", "The prize,
// worth £25,000, goes …", "Sales, which reached …, fell …"), a participle after the main clause
// ("Ferrand won, taking 54.2 percent …"), a comparison or a sum after it ("…, up from 640,000 in
// 2015", "…, with the loss of 3,200 jobs"), a relative clause after a name or a noun of people, a
// later item of a list ("12 shops, 3 warehouses and 2 factories"), "It"/"Its" for the
// organisation the sentence before opens on, "he"/"she"/"his"/"her" as the timeline's pronoun
// chain resolves them. Each reading gives a self-contained "what" or nothing. Also the order of
// preference when more figures compete than the list shows (headlines).
import { type AnalyzedText, ROLE_NOUNS, type Sentence, type Token } from '../nlp/index.js';
import { type Clause, personBefore, selfContained, subjectOf, VERBAL } from './timeline.js';

/** Verbs the tagger reads as nouns after a plural subject ("9,000 people work for …", "2,000
 * people use the ferry"): the present tense of common verbs of counts. */
const PLURAL_VERBS = /^(?:work|live|use|visit|need|attend|commute|travel|own|rent|vote|earn|face|wait|rely|depend|cross|receive|die|shop|study|play|share|hold)$/i;
/** A figure, maybe after a currency sign or a word of estimate, right after a token. */
const COST_OBJECT = /^(?:\s+(?:about|around|nearly|almost|roughly|some|an\s+estimated|more\s+than|less\s+than|over|under|just|only|at\s+least|up\s+to))?\s+(?:[$£€¥]\s?)?\d/i;

/** The sentence with the tagger's misreadings of a verb as a noun mended: "cost(s)" after a noun
 * and before a figure or an object ("The repairs cost £1.8 million", "The strike cost Delmar
 * £30 million"); a verb of the list above right after a plural noun that follows a figure
 * ("About 9,000 people work for Delmar"). Other sentences come back as they are. */
export function retagged(sentence: Sentence): Sentence {
  const tokens = sentence.tokens;
  let changed: Token[] | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN') continue;
    const prev = tokens[k - 1]!;
    const after = sentence.text.slice(t.end - sentence.start);
    const cost = /^costs?$/i.test(t.text) && /^(?:NOUN|PROPN|ADV)$/.test(prev.pos) && (COST_OBJECT.test(after) || /^\s+(?:the\s+)?\p{L}+\s+(?:about\s+|an\s+estimated\s+)?[$£€¥]\s?\d/u.test(after));
    const plural = PLURAL_VERBS.test(t.text) && prev.pos === 'NOUN' && /(?:s|people|men|women|children)$/i.test(prev.text) && tokens[k - 2]?.pos === 'NUM' && /^(?:ADP|DET|ADV|PRON|PART)$/.test(tokens[k + 1]?.pos ?? '');
    if (!cost && !plural) continue;
    changed ??= [...tokens];
    changed[k] = { ...t, pos: 'VERB' };
  }
  return changed ? { ...sentence, tokens: changed } : sentence;
}

/** Words of estimate that may open a sentence before its figure ("About 9,000 people …"). */
export const APPROXIMATE = /^(?:About|Around|Almost|Nearly|Roughly|Some|Approximately|Over|Under|Up to|Just over|Just under|More than|Fewer than|Less than)\s+(?:[$£€¥]\s?)?\d/;

const PERSON_PRONOUN = /^(?:he|she)$/i;

/** The figure's clause opens on a verb after an aside set off by commas between the sentence's
 * subject and that verb ("Okonkwo, 52, said the plan would cost …", "The council, which has a
 * budget of £1.1 billion, has … members"): the clause told with that subject. */
export function afterAside(text: AnalyzedText, sentence: Sentence, clause: Clause, skip: [number, number]): string | null {
  const s = sentence.text;
  // The aside may itself be a list of names ("The schools, Elm Road, St Anne's and Fordham Hill, have …").
  const head = /^([^,]{2,80}),\s+([^,]{1,120}|(?:\p{Lu}[^,]{0,40},\s+){1,4}\p{Lu}[^,]{0,40}\s(?:and|or)\s\p{Lu}[^,]{0,40}),\s+$/u.exec(s.slice(0, clause.from));
  // An aside that sets a condition ("The plan, if approved, would cost …") is part of what is said.
  if (!head || /^(?:if|unless|once|when|should)\b/i.test(head[2]!)) return null;
  // "His daughter, Sarah Brennick, founded …", "The operator, Mead Leisure, spent …": an aside
  // that is a name alone is the subject.
  const named = text.mentions.find((m) => m.type !== 'date' && m.type !== 'number' && m.sentence === sentence.index && s.slice(m.start - sentence.start, m.end - sentence.start) === head[2]!.trim());
  const subject = named ? named.text : subjectPhrase(text, sentence, 0, head[1]!.length);
  if (!subject) return null;
  // After the aside a past form read as an adjective ("The trial, run by …, involved 1,240
  // patients") is the verb: nothing else could follow the subject there.
  let read = sentence;
  const at = sentence.tokens.findIndex((t) => t.start - sentence.start >= clause.from);
  const opens = sentence.tokens[at];
  // (So is a noun before "that" or a determiner: "The figures, published on Monday, show that …".)
  const misread = (opens?.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(opens.text) && /^(?:NUM|DET|NOUN|PROPN|SYM)$/.test(sentence.tokens[at + 1]?.pos ?? '')) || (opens?.pos === 'NOUN' && /^\p{Ll}+$/u.test(opens.text) && (/^that$/i.test(sentence.tokens[at + 1]?.text ?? '') || /^(?:DET|NUM|SYM)$/.test(sentence.tokens[at + 1]?.pos ?? '')));
  if (opens && misread) {
    const tokens = [...sentence.tokens];
    tokens[at] = { ...opens, pos: 'VERB' };
    read = { ...sentence, tokens };
  }
  // An adverb before the verb ("Kalt, who …, previously founded …") goes with the verb.
  const tokens = read.tokens.filter((t) => t.start - read.start >= clause.from);
  const from = tokens[0]?.pos === 'ADV' && VERBAL.has(tokens[1]?.pos ?? '') ? tokens[1]!.start - read.start : clause.from;
  return selfContained(text, read, { ...clause, from, subject }, skip);
}

/** The words at [from, to) of the sentence as a subject: a noun phrase with a noun or a name and
 * no verb, not opening on a pronoun or a word that points back ("Its …", "This …") — or "he"/"she"
 * put as the person the pronoun stands for; null otherwise. */
function subjectPhrase(text: AnalyzedText, sentence: Sentence, from: number, to: number): string | null {
  const tokens = sentence.tokens.filter((t) => t.start - sentence.start >= from && t.end - sentence.start <= to);
  const first = tokens[0];
  if (!first) return null;
  if (tokens.length === 1 && PERSON_PRONOUN.test(first.text)) return personBefore(text, sentence.index, first.start, first.text);
  if (!/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(first.pos) || /^(?:it|its|they|their|this|that|these|those|his|her|our|my|your|which|who|there|here|some|all|many|most|each|both|one)$/i.test(first.text)) return null;
  if (tokens.some((t) => VERBAL.has(t.pos) || t.pos === 'PUNCT' || t.pos === 'PRON') || !tokens.some((t) => /^(?:NOUN|PROPN)$/.test(t.pos))) return null;
  // A sentence opening on a time or place ("In 2019 …", "Last year …") has its subject after it.
  if (/^(?:in|on|at|by|for|from|during|after|before|since|last|next|this|with|without|under|over|as)$/i.test(first.text)) return null;
  return sentence.text.slice(first.start - sentence.start, tokens.at(-1)!.end - sentence.start);
}

/** "The prize, worth £25,000, goes to …" → "The prize is worth …"; "Sales, which reached £300
 * million last year, fell …" → "Sales reached … last year": a figure inside an aside set off by
 * commas right after the sentence's subject, told of that subject. */
function insideAside(text: AnalyzedText, sentence: Sentence, ls: number, le: number): string | null {
  const s = sentence.text;
  const open = /^([^,]{2,80}),\s+/.exec(s.slice(0, ls));
  if (!open) return null;
  const close = s.indexOf(', ', le);
  if (close < 0 || s.slice(open[0].length, ls).includes(',')) return null;
  const subject = subjectPhrase(text, sentence, 0, open[1]!.length);
  if (!subject) return null;
  // The main clause goes on after the aside with a verb: the aside is one, not a list.
  let next = sentence.tokens.find((t) => t.start - sentence.start > close);
  // (An adverb may come first: "The tram line, which runs 14 km …, finally opened in May".)
  if (next?.pos === 'ADV') next = sentence.tokens[sentence.tokens.indexOf(next) + 1];
  if (!next || !VERBAL.has(next.pos)) return null;
  const aside = s.slice(open[0].length, close);
  const figureAt = ls - open[0].length;
  const told = `${aside.slice(0, figureAt)}…${aside.slice(le - open[0].length)}`.replace(/\s+/g, ' ').trim();
  const past = /(?:ed|was|were|had|did|went|won|lost|rose|fell|grew|paid|sold|took|made|became|began|came|got|left)$/i.test(next.text);
  let body: string | null = null;
  const worth = /^(?:worth|valued at|estimated at|priced at|costing)\s/i.exec(told);
  // "The previous record, 2:06:40, had stood …": the figure alone set off after a noun is its value.
  // … and so is a figure with its unit or its time and no verb ("The book stock, about 14,000
  // items, will …", "The town's population, 8,400 before the flood, fell …").
  const asideVerb = sentence.tokens.some((t) => t.start - sentence.start >= open[0].length && t.start - sentence.start < close && VERBAL.has(t.pos));
  const unnamed = !text.mentions.some((m) => m.type === 'person' && m.sentence === sentence.index && m.start - sentence.start < open[1]!.length);
  const simple = !/\s(?:of|in|at|on|for|from|with|by|near)\s|\d/i.test(` ${subject} `);
  // "Titan, with a diameter of 3,200 miles, is …" → "Titan has a diameter of … miles".
  const having = /^with\s+(?:a|an)\s+[^…]*\bof\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+)?…/i.test(told) && simple && !asideVerb;
  if (unnamed && simple && !asideVerb && /^…(?:\s+[\p{Ll}-]+){0,4}$/u.test(told) && !/\b(?:and|or|but)\b/.test(told)) body = `${past ? 'was' : 'is'} ${told}`;
  else if (having) body = `${past ? 'had' : 'has'} ${told.replace(/^with\s+/i, '')}`;
  // "Port Essling, a city of 310,000 people, has …" → "Port Essling is a city of … people".
  else if (simple && !asideVerb && /^(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,3}(?:of|with)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|just\s+)?…(?:\s+[\p{Ll}-]+){0,3}$/u.test(told)) body = `${past ? 'was' : 'is'} ${told}`;
  else if (worth) body = /^costing/i.test(told) ? `${past ? 'cost' : 'costs'}${told.slice(7)}` : `${past ? 'was' : 'is'} ${told}`;
  // "which" may mean the last noun of a longer subject ("The plume of the moon Enceladus, which …").
  else if (/\s(?:of|in|at|on|for|from|with|by|near)\s/i.test(` ${subject} `)) return null;
  else if (/^(?:which|that)\s/i.test(told) || (/^who\s/i.test(told) && text.mentions.some((m) => (m.type === 'person' || m.type === 'name') && m.sentence === sentence.index && m.end - sentence.start <= open[1]!.length))) {
    const rest = told.replace(/^\S+\s+/, '');
    const verb = sentence.tokens.find((t) => t.start - sentence.start > open[0].length && t.start - sentence.start < ls && t.start - sentence.start >= open[0].length + told.indexOf(rest));
    if (!verb || !VERBAL.has(verb.pos) || /ing$/i.test(verb.text)) return null;
    body = rest;
  }
  if (!body) return null;
  const what = `${subject} ${body}`;
  return what.split(' ').length >= 3 && what.split(' ').length <= 22 ? what : null;
}

/** "… published a memoir, The Quiet Salesman, which sold 150,000 copies": a relative clause that
 * closes the sentence after a name (capitalised words, maybe quoted), told of that name. */
function relativeAfterName(text: AnalyzedText, sentence: Sentence, ls: number, le: number): string | null {
  const s = sentence.text;
  const m = /(?:^|[\s,(])["“‘']?((?:\p{Lu}[\p{L}\p{N}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{N}'’.-]*)["”’']?,\s+(which|who)\s+([^,;]*)$/u.exec(s.slice(0, ls));
  if (!m) return null;
  const name = m[1]!;
  if (/^(?:The|A|An|It|He|She|They|This|That|In|On|At)$/.test(name)) return null;
  // Only a name that stands alone (after a comma or opening the sentence, maybe after "the"): one that ends
  // a longer phrase ("the moon Enceladus, which …", "a factory in Lantau Bay, which …") may not be what "which" means.
  if (!/(?:^|,)\s*(?:the\s+)?["“‘']?$/i.test(s.slice(0, m.index! + m[0].indexOf(name)))) return null;
  // A thing in the clause named only by a pronoun ("who noticed it on a wet rock") is not said.
  if (/\b(?:it|them|its|their)\b/i.test(m[3]!) || /\b(?:it|them|its|their)\b/i.test(s.slice(le).split(/[,;]/)[0]!)) return null;
  // A person for "who", a thing for "which".
  const person = text.mentions.some((p) => p.type === 'person' && p.sentence === sentence.index && s.slice(p.start - sentence.start, p.end - sentence.start) === name);
  if ((m[2] === 'who') !== person) return null;
  const relStart = ls - m[3]!.length;
  const verb = sentence.tokens.find((t) => t.start - sentence.start >= relStart);
  if (!verb || !VERBAL.has(verb.pos) || /ing$/i.test(verb.text)) return null;
  // To the end of the sentence or the next comma: the relative clause alone.
  let tail = s.slice(le);
  const stop = tail.search(/,|;|\s[-–—]\s/);
  if (stop >= 0) tail = tail.slice(0, stop);
  const what = `${name} ${m[3]}…${tail}`.replace(/\s+/g, ' ').replace(/[\s.!?"”’']+$/, '').trim();
  const words = what.split(' ');
  return words.length >= 3 && words.length <= 22 ? what : null;
}

/** People a count before an elliptic one counts ("Twelve other men were flogged, and 40 were sent …"). */
const COUNTED = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+(?:(?:other|more|[\p{Ll}-]+)\s+)?(people|men|women|children|workers|passengers|residents|firefighters|staff|soldiers|crew\s+members|pupils|patients|officers)\b/iu;

/** "Twelve other men were sentenced to be flogged, and 40 were sent to prison ships": a figure
 * after "and" that is the subject of its clause but names no noun counts the people the count
 * before it counts: "… men were sent to prison ships". */
function elliptic(sentence: Sentence, clause: Clause, ls: number, le: number): string | null {
  const s = sentence.text;
  if (!/(?:^|,)\s*and\s+$/i.test(s.slice(clause.from, ls)) && !/,?\s+and\s+$/.test(s.slice(0, ls))) return null;
  const after = /^\s+(?:were|was|had|have|are|died|remain|remained)\b/i.exec(s.slice(le));
  if (!after) return null;
  const counted = COUNTED.exec(s.slice(0, ls));
  if (!counted) return null;
  let rest = s.slice(le);
  const stop = rest.search(/,|;|\s[-–—]\s/);
  if (stop >= 0) rest = rest.slice(0, stop);
  const what = `… ${counted[1]}${rest}`.replace(/\s+/g, ' ').replace(/[\s.!?]+$/, '').trim();
  const words = what.split(' ');
  return words.length >= 4 && words.length <= 22 ? what : null;
}

/** Nouns of people: "who" after them means them. */
const PERSON_NOUN = /^(?:\p{Ll}+(?:ers?|ors?|ists?|ians?|ents?|ants?)|people|men|women|children|staff|police|voters|families|owners|residents|workers|patients|pupils|students)$/u;

/** "The loss is a blow to taxpayers, who own 80 per cent of the bank": a "who" clause after a
 * noun of people (not after "of": "the head of the council, who …" means the head), told of it. */
function relativeWho(sentence: Sentence, ls: number, le: number): string | null {
  const s = sentence.text;
  const m = /,\s+who\s+([^,;]*)$/.exec(s.slice(0, ls));
  if (!m) return null;
  const tokens = sentence.tokens.filter((t) => t.end - sentence.start <= m.index!);
  const last = tokens.at(-1);
  if (!last || last.pos !== 'NOUN' || !PERSON_NOUN.test(last.text)) return null;
  let k = tokens.length - 1;
  while (k > 0 && /^(?:NOUN|ADJ|DET|PART|PROPN)$/.test(tokens[k - 1]!.pos) && !/^(?:a|an)$/i.test(tokens[k - 1]!.text)) k--;
  if (/^(?:of)$/i.test(tokens[k - 1]?.text ?? '') || tokens.slice(k).some((t) => /^(?:his|her|their|its|my|our|your)$/i.test(t.text))) return null;
  const np = s.slice(tokens[k]!.start - sentence.start, last.end - sentence.start);
  const relStart = ls - m[1]!.length;
  const at = sentence.tokens.findIndex((t) => t.start - sentence.start >= relStart);
  const verb = sentence.tokens[at];
  // Right after "who" a word is a verb whatever the tagger says ("who own 80 per cent").
  const verbal = verb && (VERBAL.has(verb.pos) || (/^(?:ADJ|NOUN)$/.test(verb.pos) && /^(?:NUM|DET|ADP|SYM)$/.test(sentence.tokens[at + 1]?.pos ?? '')));
  if (!verbal || /ing$/i.test(verb.text)) return null;
  let tail = s.slice(le);
  const stop = tail.search(/,|;|\s[-–—]\s/);
  if (stop >= 0) tail = tail.slice(0, stop);
  if (/\b(?:it|them|its|their)\b/i.test(m[1]!) || /\b(?:it|them|its|their)\b/i.test(tail)) return null;
  const what = `${np} ${m[1]}…${tail}`.replace(/\s+/g, ' ').replace(/[\s.!?"”’']+$/, '').trim();
  const words = what.split(' ');
  return words.length >= 3 && words.length <= 22 ? what : null;
}

/** Past tense of the commonest irregular verbs, by lemma. */
const IRREGULAR: Record<string, string> = {
  take: 'took', make: 'made', leave: 'left', bring: 'brought', win: 'won', lose: 'lost', hold: 'held', sell: 'sold', spend: 'spent', pay: 'paid',
  cut: 'cut', put: 'put', set: 'set', hit: 'hit', cost: 'cost', draw: 'drew', give: 'gave', get: 'got', keep: 'kept', send: 'sent', build: 'built',
  run: 'ran', grow: 'grew', rise: 'rose', fall: 'fell', see: 'saw', lead: 'led', beat: 'beat', buy: 'bought', raise: 'raised', find: 'found',
  drive: 'drove', throw: 'threw', shut: 'shut', bear: 'bore', feed: 'fed', meet: 'met', sink: 'sank', strike: 'struck', say: 'said', tell: 'told',
};

function pastOf(lemma: string): string | null {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma]!;
  if (!/^[a-z]{2,}$/.test(lemma)) return null;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // A short verb of consonant, vowel, consonant doubles its last letter ("stop" → "stopped").
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.at(-1)}ed`;
  return `${lemma}ed`;
}

/** The third person present of a verb, by lemma ("draw" → "draws"). */
function presentOf(lemma: string): string | null {
  if (!/^[a-z]{2,}$/.test(lemma)) return null;
  if (lemma === 'have') return 'has';
  if (lemma === 'be') return 'is';
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Verbs the main clause is told in the past by. */
const PAST_VERB = /^(?:\p{L}+ed|was|were|had|did|went|won|lost|rose|fell|grew|paid|sold|took|made|became|began|came|got|left|beat|ran|hit|cut|spread|struck|led|kept|held|drew|saw|said|told|gave|sent|built|found|met|finished|ended)$/iu;

/** "Ferrand won, taking 54.2 percent of the vote." → "Ferrand took … of the vote": a participle
 * after a comma that closes a main clause told in the past, told as that clause's subject's own
 * verb. */
function participle(text: AnalyzedText, sentence: Sentence, clause: Clause, ls: number, le: number): string | null {
  const s = sentence.text;
  const at = clause.from;
  if (at < 2 || s.slice(at - 2, at) !== ', ') return null;
  const verb = sentence.tokens.find((t) => t.start - sentence.start === at);
  if (!verb || !/^\p{Ll}+ing$/u.test(verb.text) || verb.pos !== 'VERB' || verb.end - sentence.start > ls) return null;
  const main = s.slice(0, at - 2);
  // The participle may belong to a clause inside the main one ("… after the volcano erupted,
  // sending ash 9 km into the sky"): only a main clause with no other is read.
  if (main.includes(',') || /\b(?:if|when|while|after|before|as|because|although|though|since|unless|until|which|who|whom|that|where|once)\b/i.test(main)) return null;
  // An object pronoun in the participle ("awarding them £22 million") names no one the entry says.
  if (/\b(?:them|it|him|her|us|they|he|she)\b/i.test(s.slice(verb.end - sentence.start, clause.to))) return null;
  const subject = subjectOf(sentence, 0, at - 2);
  const mainVerb = sentence.tokens.find((t) => t.end - sentence.start <= at - 2 && VERBAL.has(t.pos));
  // In the past: a form of the list, or any other than the verb's own or its "-s"/"-ing" ("broke").
  const past = mainVerb && (PAST_VERB.test(mainVerb.text) || (mainVerb.pos === 'VERB' && mainVerb.text.toLowerCase() !== mainVerb.lemma && !/(?:s|ing)$/i.test(mainVerb.text)));
  // … or in the present of one thing ("A society stages the siege every August, drawing …").
  const present = mainVerb && mainVerb.pos === 'VERB' && /[^s]s$/i.test(mainVerb.text) && mainVerb.text.toLowerCase() !== `${mainVerb.lemma}`;
  if (!subject || !mainVerb || (!past && !present)) return null;
  let who = subjectPhrase(text, sentence, 0, subject.length);
  // A time opening the sentence before the subject ("On 21 August a mine exploded …, killing …")
  // stays with it: the subject starts at its article, or its name after the date.
  if (!who) {
    const words = sentence.tokens.filter((t) => t.end - sentence.start <= subject.length);
    const at = words.findIndex((t, k) => k > 0 && (t.pos === 'DET' || (t.pos === 'PROPN' && words[k - 1]!.pos === 'NUM')));
    const opener = at > 0 ? s.slice(0, words[at]!.start - sentence.start).trim() : '';
    const timed = /^(?:On|In|At|During|By|Last|Early|Late)\b/.test(opener) && words.slice(0, at).some((t) => t.pos === 'NUM' || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|week|year|month)$/i.test(t.text));
    const rest = timed ? subjectPhrase(text, sentence, words[at]!.start - sentence.start, subject.length) : null;
    if (rest) who = `${opener} ${rest}`;
  }
  if (!who) return null;
  const told = past ? pastOf(verb.lemma) : presentOf(verb.lemma);
  if (!told) return null;
  const what = `${who} ${told}${s.slice(verb.end - sentence.start, ls)}…${s.slice(le, clause.to)}`.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, '').trim();
  const words = what.split(' ');
  return words.length >= 3 && words.length <= 22 ? what : null;
}

/** Verbs that take no thing for an object, after which "It" in the next sentence can only be the
 * subject: a copula or passive ("is based", "was founded"), or a verb of saying. */
const NO_THING_OBJECT = /^(?:is|was|are|were|has|had|have|said|says|announced|reported|confirmed|added|stated)$/i;

/** The organisation an "It"/"Its" opening sentence `index` stands for: the name that opens the
 * sentence before (the same paragraph), followed by a copula, a passive or a verb of saying — and
 * no other name but people and names after a preposition ("is based in Harwell") — or, when that
 * sentence itself opens on "It"/"Its", the one it stands for (up to three back). */
function organisationBefore(text: AnalyzedText, index: number, depth = 0): string | null {
  const prev = text.sentences[index - 1];
  if (!prev || prev.block !== text.sentences[index]!.block || depth > 2) return null;
  if (/^Its?\s/.test(prev.text)) return organisationBefore(text, index - 1, depth + 1);
  const names = text.mentions.filter((m) => m.sentence === prev.index && (m.type === 'organization' || m.type === 'name' || m.type === 'person'));
  const org = names[0];
  if (!org || org.type === 'person' || org.start !== prev.start) return null;
  // No person ("Maria Okonkwo is the chief executive of …"): a name the text calls a person, gives
  // a role, or says "he"/"she" of in that sentence is none of what "It" stands for.
  if (text.mentions.some((m) => m.type === 'person' && m.canonical === org.canonical) || text.roles.some((r) => r.person === org.canonical)) return null;
  if (prev.tokens.some((t) => ROLE_NOUNS.has(t.text.toLowerCase()) || /^(?:he|she|his|her|him)$/i.test(t.text))) return null;
  const others = names.filter((m) => m.canonical !== org.canonical && m.type !== 'person' && !/\b(?:in|at|near|from|of|by|with|for)\s+(?:the\s+)?$/i.test(prev.text.slice(0, m.start - prev.start)));
  if (others.length) return null;
  // The verb after the name, past an aside set off by commas ("Castleford Water, which serves …, said").
  let after = org.end;
  const aside = /^,[^,]{1,120},\s/.exec(prev.text.slice(org.end - prev.start));
  if (aside) after = org.end + aside[0].length;
  const next = prev.tokens.find((t) => t.start >= after);
  if (!next || !VERBAL.has(next.pos) || !NO_THING_OBJECT.test(next.text)) return null;
  return org.text;
}

/** "It employs 450 people", "Its profits last year were £410 million" after a sentence that opens
 * on a named organisation (see organisationBefore): told of that organisation. */
function itFor(text: AnalyzedText, sentence: Sentence, clause: Clause, skip: [number, number]): string | null {
  const it = /^(It|Its)\s+/.exec(clause.text);
  if (clause.from !== 0 || !it || !sentence.text.startsWith(it[0])) return null;
  const org = organisationBefore(text, sentence.index);
  if (!org) return null;
  const rest = { ...clause, from: it[0].length, text: clause.text.slice(it[0].length) };
  if (it[1] === 'It') return selfContained(text, sentence, { ...rest, subject: org }, skip);
  const what = selfContained(text, sentence, { ...rest, text: clause.text }, skip);
  return what && what.startsWith('Its ') ? `${org}'s ${what.slice(4)}` : null;
}

/** "Last year she earned £90,000", "Her salary was £80,000": a "he"/"she" after an opening
 * phrase, or a "his"/"her" opening the clause, put as the person the timeline's chain finds
 * (personBefore); nothing when it finds none. */
function personal(text: AnalyzedText, sentence: Sentence, clause: Clause, skip: [number, number]): string | null {
  const tokens = sentence.tokens.filter((t) => t.start - sentence.start >= clause.from && t.start - sentence.start < skip[0]);
  const first = tokens[0];
  if (!first) return null;
  if (/^(?:his|her)$/i.test(first.text) && tokens[1] && /^(?:NOUN|ADJ)$/.test(tokens[1].pos)) {
    // Its verb is finite: "his tee shot ending up …" is an aside with no verb of its own.
    const verb = sentence.tokens.find((t) => t.start > first.start && VERBAL.has(t.pos));
    if (!verb || /ing$/i.test(verb.text)) return null;
    const person = personBefore(text, sentence.index, first.start, /^her$/i.test(first.text) ? 'she' : 'he');
    if (!person) return null;
    const what = selfContained(text, sentence, { ...clause, from: tokens[1].start - sentence.start }, skip);
    const own = clause.text.slice(0, first.text.length);
    return what && what.startsWith(`${own} `) ? `${person}'s ${what.slice(own.length + 1)}` : null;
  }
  // An opening phrase of a time or place ("Last year", "In 2019", "According to the council,").
  const k = tokens.findIndex((t) => /^(?:he|she)$/i.test(t.text));
  if (k < 1 || k > 5 || !/^(?:ADP|ADJ|DET|ADV)$/.test(first.pos) || !/^\p{Lu}/u.test(first.text) || tokens.slice(0, k).some((t) => VERBAL.has(t.pos) || t.pos === 'PRON')) return null;
  const pronoun = tokens[k]!;
  const person = personBefore(text, sentence.index, pronoun.start, pronoun.text);
  if (!person) return null;
  const from = tokens[k + 1]?.start;
  if (from === undefined) return null;
  const opening = sentence.text.slice(clause.from, pronoun.start - sentence.start).trim();
  const said = new RegExp(`\\b${pronoun.text}\\s+`).exec(clause.text);
  if (!said) return null;
  const what = selfContained(text, sentence, { ...clause, from: from - sentence.start, text: clause.text.slice(said.index + said[0].length), subject: person }, skip);
  return what ? `${opening} ${what}` : null;
}

/** "Sellmouth handled 1.1 million containers last year, up from 640,000 in 2015": a comparison
 * after a comma is told with the main clause it compares ("…, up from … in 2015"). */
function comparison(text: AnalyzedText, sentence: Sentence, clause: Clause, skip: [number, number]): string | null {
  const s = sentence.text;
  const tail = /^(?:up|down)\b(?:\s+from)?\s*…|^(?:compared\s+with|against|from)\s*…|^…\s+(?:\p{L}+\s+)?(?:fewer|more|less|lower|higher|above|below)\b/iu.test(clause.text);
  // … or what the clause amounted to: "with the loss of 3,200 jobs", "a run of 31 matches".
  const amount = /^(?:with\s+the\s+loss\s+of|at\s+a\s+(?:total\s+)?cost\s+of|(?:a|an)\s+(?:rise|fall|increase|drop|decline|run|total|loss|gain)\s+of)\s*…/i.test(clause.text);
  if ((!tail && !amount) || s.slice(clause.from - 2, clause.from) !== ', ') return null;
  const main = s.slice(0, clause.from - 2);
  // A comparison needs a figure to compare; one aside set off by commas may lie between.
  if (main.split(', ').length > 2 || (tail && !/\d/.test(main))) return null;
  const whole: Clause = { ...clause, from: 0, text: `${main}, ${clause.text}`, subject: '' };
  const words = whole.text.split(/\s+/);
  if (words.length > 22) return null;
  return selfContained(text, sentence, whole, skip);
}

/** "Fairley, now 84, cut the ribbon", "Owen Pryce, then 23, missed …", "He died in 1999, aged
 * 77": an age set off by commas after "now", "then" or "aged", of the person named before it (or
 * the one "he"/"she" stands for when the sentence opens on it). */
export function ageAfterWord(text: AnalyzedText, sentence: Sentence, ls: number, le: number): string | null {
  const s = sentence.text;
  const word = /,\s+(?:now|then|aged)\s+$/i.exec(s.slice(0, ls));
  if (!word || !/^\d{1,3}$/.test(s.slice(ls, le)) || !/^\s*(?:[,.;]|$)/.test(s.slice(le))) return null;
  const head = s.slice(0, word.index);
  const person = text.mentions.find((m) => m.type === 'person' && m.sentence === sentence.index && s.slice(m.end - sentence.start, word.index).trim() === '');
  if (person) return `age of ${person.canonical}`;
  // "He died in 1999, aged 77": the sentence's own subject, a "he"/"she" the chain resolves.
  const first = sentence.tokens[0];
  if (/aged/i.test(word[0]) && first && /^(?:he|she)$/i.test(first.text) && /\bdied\b/.test(head)) {
    const who = personBefore(text, sentence.index, first.start, first.text);
    if (who) return `age of ${who}`;
  }
  return null;
}

/** "The 700 residents of Eskvik, 8 km from the crater, were evacuated": a figure in a subject cut
 * off by an aside before its verb, told with the verb after the aside. */
function beforeAside(text: AnalyzedText, sentence: Sentence, clause: Clause, skip: [number, number]): string | null {
  const s = sentence.text;
  if (s.slice(clause.to, clause.to + 2) !== ', ') return null;
  const close = s.indexOf(', ', clause.to + 2);
  if (close < 0 || close - clause.to > 100) return null;
  const inAside = sentence.tokens.filter((t) => t.start - sentence.start > clause.to && t.start - sentence.start < close);
  const after = sentence.tokens.filter((t) => t.start - sentence.start > close);
  const verb = after[0]?.pos === 'ADV' ? after[1] : after[0];
  // The aside has no verb of its own but a relative one; the words after it open on a verb.
  if (!verb || !VERBAL.has(verb.pos) || /ing$/i.test(verb.text) || inAside.some((t) => VERBAL.has(t.pos) && !/^(?:who|which|that)$/i.test(inAside[0]!.text))) return null;
  // The clause before the aside has no verb: it is the subject.
  if (sentence.tokens.some((t) => t.start - sentence.start >= clause.from && t.end - sentence.start <= clause.to && VERBAL.has(t.pos))) return null;
  let end = s.indexOf(', ', close + 2);
  if (end < 0) end = s.length;
  const predicate = s.slice(close + 2, end).replace(/[.!?]["”’']?\s*$/, '');
  const joined: Clause = { ...clause, to: end, text: `${clause.text} ${predicate}`.replace(/\s+/g, ' ').trim(), subject: '' };
  if (joined.text.split(' ').length > 22) return null;
  return selfContained(text, sentence, joined, skip);
}

/** "after it emerged that he had claimed £18,400 …": the fact is what follows "that". */
const IT_EMERGED = /^it\s+(?:emerged|was\s+(?:revealed|reported|announced|confirmed|disclosed))\s+that\s+/i;

/** The "what" of a figure the plain clause rule gave none, by the readings above; null when none
 * reads. `clause` is the plain clause of the figure (shown as "…"). */
export function recalledWhat(text: AnalyzedText, sentence: Sentence, clause: Clause, ls: number, le: number): string | null {
  const skip: [number, number] = [ls, le];
  const inside = insideAside(text, sentence, ls, le) ?? relativeAfterName(text, sentence, ls, le) ?? relativeWho(sentence, ls, le);
  if (inside) return inside;
  const part = participle(text, sentence, clause, ls, le);
  if (part) return part;
  const after = afterAside(text, sentence, clause, skip);
  if (after) return after;
  const lead = /^\s*/.exec(sentence.text.slice(clause.from))![0].length;
  const emerged = IT_EMERGED.exec(sentence.text.slice(clause.from + lead));
  if (emerged && clause.text.startsWith(emerged[0])) {
    const from = clause.from + lead + emerged[0].length;
    const what = selfContained(text, sentence, { ...clause, from, text: clause.text.slice(emerged[0].length) }, skip);
    if (what && /^\p{Lu}/u.test(what)) return what;
  }
  // "Nearly 40 percent of voters stayed at home": the figure and its "of" phrase are the subject.
  const of = /^…\s+of\s+/.exec(clause.text);
  // (Not after a time that makes the figure true: "At the time, 28 of every 1,000 babies …".)
  const before = sentence.text.slice(0, clause.from);
  if (of && sentence.text.slice(clause.from, ls).trim() === '') {
    const from = le + /^\s+of\s+/.exec(sentence.text.slice(le))?.[0].length!;
    const timed = /\b(?:time|then|year|years|century|decade|\d{4}|ago|era|age)\b/i.test(before);
    // … or, after a time that makes the figure true, told with it ("In 2024, … of pupils passed …").
    const opener = /^(?:In|At|By|During|Last|This|Since|Until)\b[^,]{0,30},\s*$/.test(before);
    if (from > le && (!timed || opener)) {
      const what = selfContained(text, sentence, { ...clause, from }, [ls, le]);
      if (what) return timed ? `${before.trim()} ${what}` : what;
    }
  }
  return itFor(text, sentence, clause, skip) ?? personal(text, sentence, clause, skip) ?? comparison(text, sentence, clause, skip) ?? elliptic(sentence, clause, ls, le) ?? beforeAside(text, sentence, clause, skip);
}


/** A figure the NLP layer keeps no mention of, at block offsets. */
export interface Figure {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/** A span of time in digits ("23 days", "an average wait of 14 hours"), or a race time
 * ("2:05:11"): the NLP layer keeps neither, though they say how long. Not a time before or after
 * another ("10 years ago", "three days later") nor an age ("52 years old"). */
const DURATION = /(?<![\p{L}\p{N}.,:-])(\d+\s+hours?,?\s+\d+\s+minutes?(?:,?\s+(?:and\s+)?\d+\s+seconds?)?|\d+\s+minutes?,?\s+(?:and\s+)?\d+\s+seconds?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,:-])(\d[\d,.]*)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b(?!\s+(?:ago|earlier|later|before|after|afterwards|old|of\s+age)\b)(?!-)|(?<![\p{L}\p{N}.,:-])\d{1,2}:\d{2}:\d{2}(?![\p{N}:])/gu;
/** A score or vote ("won 3-1", "voted 9-4", "a 24-20 win"): two small figures joined by a dash,
 * after a verb of result or before a noun of one. */
const SCORE = /(?<![\p{L}\p{N}.,:-])\d{1,3}[-–]\d{1,3}(?![\p{L}\p{N}-])/gu;
const SCORE_BEFORE = /\b(?:won|win|wins|beat|beats|lost|lose|loses|drew|draw|defeated|thrashed|edged|voted|vote|votes|finished|ended|scored|score|trailed|led)\b(?:\s+\S+){0,4}\s*$/i;
const SCORE_AFTER = /^\s+(?:win|victory|defeat|loss|draw|vote|scoreline|home\s+win|away\s+win)\b/i;
/** A count of people in words ("Two workers died", "police arrested three men"): a number word
 * before a plural noun of people, not after a word that points back to a count told already ("the
 * two men", "both"). */
const NUMBER_WORD = /(?<![\p{L}-])((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|dozens)(?:\s+(?:hundred|thousand|million|billion))?)(?=\s+(?:[\p{Ll}-]+\s+)?(?:people|persons|men|women|children|workers|staff|employees|firefighters|officers|police\s+officers|soldiers|passengers|residents|patients|pupils|students|crew\s+members|miners|climbers|fans|spectators|victims|civilians|journalists|nurses|doctors|teachers|tourists|visitors|families|prisoners|protesters|migrants|adults|councillors|villagers|swimmers|hikers|pedestrians|drivers|motorists|cyclists|runners)\b)/giu;
const ELLIPTIC = /\band\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds)(?=\s+(?:were|was|are|have|had|died|remain|remained)\b)/gi;
/** What every NUMBER_WORD and ELLIPTIC match holds, with NUMBER_WORD's flags: a number word (its
 * first letters factored, so the scan is cheap; the patterns' look-behind and look-ahead are not). */
const NUMBER_WORD_HINT = /t(?:wo|hree|en|welve|hirt|went)|f(?:our|ive|ift|ort)|s(?:ix|even)|e(?:ight|leven)|nine|a\s+hundred|hundreds|dozens/iu;
/** What every DURATION and SCORE match holds: a digit. */
const DIGIT = /\d/;
const POINTS_BACK = /\b(?:the|these|those|both|his|her|their|its|our|my|your|all|of)\s+(?:(?:first|last|other|same|only|remaining)\s+)?$|\bone\s+in\s+$/i;

/** Durations, scores and counts of people in words, each once, not where a mention already lies. */
export function extraFigures(text: AnalyzedText, taken: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  const free = (sentence: number, start: number, end: number) => !taken.some((t) => t.sentence === sentence && t.start < end && start < t.end) && !out.some((t) => t.sentence === sentence && t.start < end && start < t.end);
  for (const s of text.sentences) {
    if (!/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|dozens)\b/i.test(s.text)) continue;
    // Each scan only where its pattern can match: the look-behinds they open on make a full scan slow.
    const digits = DIGIT.test(s.text);
    const numberWords = NUMBER_WORD_HINT.test(s.text);
    if (digits) for (const m of s.text.matchAll(DURATION)) {
      const start = s.start + m.index!;
      // A time in hours, minutes and seconds is one figure, its units and all; else the figure alone.
      const end = start + (m[1] ?? m[2] ?? m[0]).length;
      if (free(s.index, start, end)) out.push({ sentence: s.index, start, end });
    }
    if (digits) for (const m of s.text.matchAll(SCORE)) {
      const before = s.text.slice(0, m.index!);
      const after = s.text.slice(m.index! + m[0].length);
      if (!SCORE_BEFORE.test(before) && !SCORE_AFTER.test(after)) continue;
      const start = s.start + m.index!;
      if (free(s.index, start, start + m[0].length)) out.push({ sentence: s.index, start, end: start + m[0].length });
    }
    // "Two workers died and seven were injured": a number word after "and" that stands for the
    // same people as the count of people before it.
    const counted = numberWords ? [...s.text.matchAll(NUMBER_WORD)].filter((m) => !POINTS_BACK.test(s.text.slice(0, m.index!))) : [];
    if (numberWords) for (const m of s.text.matchAll(ELLIPTIC)) {
      const at = m.index! + m[0].length - m[1]!.length;
      if (!counted.some((c) => c.index! < at) && !/\d[\d,]*\s+(?:people|workers|men|women|children|passengers|residents|firefighters|staff)\b/.test(s.text.slice(0, at))) continue;
      const start = s.start + at;
      if (free(s.index, start, start + m[1]!.length)) out.push({ sentence: s.index, start, end: start + m[1]!.length });
    }
    for (const m of counted) {
      if (POINTS_BACK.test(s.text.slice(0, m.index!))) continue;
      const start = s.start + m.index!;
      if (free(s.index, start, start + m[0].length)) out.push({ sentence: s.index, start, end: start + m[0].length });
    }
  }
  return out;
}

/** "The firm has 12 shops, 3 warehouses and 2 factories": a later item of a list of figures, each
 * with its noun, is told as the first item is, its noun for the first's. The local offset of the
 * list's first figure, to find its "what"; null when the figure at `ls` follows no list. */
export function listStart(sentence: Sentence, ls: number): number | null {
  let rest = sentence.text.slice(0, ls);
  let first: number | null = null;
  for (;;) {
    const sep = /(?:,\s+|,?\s+(?:and|or)\s+)$/.exec(rest);
    if (!sep) break;
    const body = rest.slice(0, sep.index);
    const item = /(?:[$£€¥]\s?)?\d[\d,.]*(?:\s+(?:million|billion|thousand|percent|per\s+cent))?(?:\s+\p{Ll}[\p{L}-]*){1,2}$/u.exec(body);
    if (!item) break;
    first = item.index!;
    rest = body.slice(0, item.index);
  }
  return first;
}

/** The noun words after a figure of a list, up to the next item or the list's end. */
export function itemWords(sentence: Sentence, le: number): string | null {
  const words = /^((?:\s+\p{Ll}[\p{L}-]*){1,2}?)(?=,|\s+(?:and|or|in|at|on|for|from|across|to|by|of|with|last|this|a)\b|[.;:!?]|$)/u.exec(sentence.text.slice(le))?.[1];
  if (!words) return null;
  // Nouns only ("12 shops"): a verb ends a clause, not an item ("31,000 hectares burned and …").
  const end = le + words.length;
  const tokens = sentence.tokens.filter((t) => t.start - sentence.start >= le && t.end - sentence.start <= end);
  return tokens.length && tokens.every((t) => /^(?:NOUN|ADJ|PROPN)$/.test(t.pos)) ? words.trim() : null;
}

/** How much a figure is the article's news rather than a detail: money, a share and a count of
 * people over other figures, an age least (a bystander's, named once, less than the subject's),
 * and a figure of the opening sentences over one further down. */
function weight(text: AnalyzedText, entry: { value: string; what: string }, sentence: number): number {
  let w = sentence < 3 ? 2 : sentence < 8 ? 1 : 0;
  const age = /^age of (.+)$/.exec(entry.what)?.[1];
  if (age) {
    const named = text.mentions.filter((m) => m.type === 'person' && m.canonical === age).length;
    return w - (named > 1 ? 1 : 3);
  }
  if (/[$£€¥]|\b(?:million|billion|bn|m|percent|per\s?cent)\b|%/i.test(entry.value)) w += 2;
  else if (/…\s+(?:people|workers|staff|employees|jobs|residents|patients|passengers|pupils|students|members|visitors|homes|houses|customers|votes|runners|spectators|fans|firefighters)\b/i.test(entry.what)) w += 1;
  return w;
}

/** The `cap` figures of most weight, in the order the text gives them; all when no more. */
export function headlines<T extends { value: string; what: string }>(text: AnalyzedText, entries: T[], sentences: readonly number[], cap: number): T[] {
  if (entries.length <= cap) return entries;
  const ranked = entries.map((e, k) => ({ k, w: weight(text, e, sentences[k] ?? 0) })).sort((a, b) => b.w - a.w || a.k - b.k);
  const keep = new Set(ranked.slice(0, cap).map((r) => r.k));
  return entries.filter((_, k) => keep.has(k));
}
