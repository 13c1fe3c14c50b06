// A reference entry (titled by its subject, reporting no one) states a fact in nearly every
// sentence, and readers are asked about its noun phrases: what a clause is about, what acts, what
// something is called. The generator proposes those phrases there, whole, and never a pronoun, a
// lone everyday noun, a comparative, half a name or a phrase cut before its possessive.
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { isReferenceProse, subjectSpansOf } from '../../../src/core/cards/reference-prose.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

// Invented for the spec.
const BODY =
  'The Carran estuary is a tidal inlet on the western coast of Vell, where the Carran river meets the Sundry Sea. ' +
  'The tidal mixing layer controls how much salt water reaches the upper estuary. ' +
  'The three inner sand barriers that shelter the harbour formed in the last ice age. ' +
  'In 1931, the salt wedge model was proposed to explain the sharp boundary between fresh and salt water. ' +
  'The sand of the outer estuary is carried by longshore currents, which move it north along the coast. ' +
  'The shallow northern part of the estuary is known as the Brill flats.\n\n' +
  'Over time, the main channel shifted east, and many of the old harbours silted up. ' +
  'The estuary supports large colonies of wading birds, which feed on the worms of the mud flats. ' +
  'The agreement stipulated that no new harbour would be dredged. ' +
  'It also protected the salt marshes of the southern shore. ' +
  "The estuary's fishing fleet declined after 1960, when two survey crews measured the falling stocks of herring. " +
  'The port authority gave the marshes a larger protected role in its plan. ' +
  'The inner channel begins near Varrel aan de Moor, a village on the southern shore. ' +
  'The charter of Ostmark therefore served as a model for the river towns of the coast. ' +
  'Lund argued that the new weirs would restore the breeding grounds of the salmon. ' +
  "Carran's fishing harbours were rebuilt in granite after the flood. " +
  'The dredging of the channel was opposed by the Carranese fishing guilds for decades. ' +
  "The silt settles in the basin of the former harbour's inner dock.\n";
const ENTRY = `Carran estuary\n\n${BODY}`;

function contextOf(text: string) {
  const article = articleFrom(text);
  const analysis = analyzeBlocks(article.blocks);
  return { article, analysis, ctx: buildContext(analysis, article.blocks, article.title) };
}

function referenceAnswers(text: string): string[] {
  const { analysis, ctx } = contextOf(text);
  const reference = { ...ctx, reference: true };
  return analysis.sentences.flatMap((s) => answersOf(reference, s).map((a) => a.text));
}

describe('reference prose', () => {
  it('is an entry titled by its subject that reports no one; not the same sentences under a headline, nor a story that quotes', () => {
    expect(isReferenceProse(contextOf(ENTRY).ctx)).toBe(true);
    expect(isReferenceProse(contextOf(`Fishing fleet of the Carran estuary declines after survey crews find falling stocks\n\n${BODY}`).ctx)).toBe(false);
    const reported = BODY.replace(/\. /g, ', the harbour master said. ');
    expect(isReferenceProse(contextOf(`Carran estuary\n\n${reported}`).ctx)).toBe(false);
  });

  it('finds the subject a clause asserts something of: after an opening phrase, after "when", before a verb the tagger took for a plural', () => {
    const answers = referenceAnswers(ENTRY);
    expect(answers).toContain('tidal mixing layer');
    expect(answers).toContain('salt wedge model');
    expect(answers).toContain('two survey crews');
    // A name after "of" in a common noun's phrase; what a scholar argued is the entry's fact too.
    expect(answers).toContain('charter of Ostmark');
    expect(answers).toContain('breeding grounds of the salmon');
    // A plural with its relative clause is the whole subject: "The [three inner sand barriers] that shelter …".
    expect(answers).toContain('three inner sand barriers');
    expect(answers).toContain('longshore currents');
    const { analysis } = contextOf(ENTRY);
    const passive = analysis.sentences.find((s) => s.text.startsWith('The sand'))!;
    expect(subjectSpansOf(passive).map((x) => x.passive)).toEqual([true]);
  });

  it('never proposes a lone everyday subject, a comparative, half a name, a phrase cut before its possessive, or one that opens on a pointing word', () => {
    const answers = referenceAnswers(ENTRY);
    expect(answers).not.toContain('agreement');
    expect(answers.some((a) => /larger/.test(a))).toBe(false);
    expect(answers.some((a) => /Varrel/.test(a))).toBe(false);
    expect(answers.some((a) => /former harbour/.test(a))).toBe(false);
    expect(answers.some((a) => /^main channel/.test(a))).toBe(false);
    // The subject's own adjective: "[Carranese fishing guilds]" in the entry on the Carran estuary is a guess from the title.
    expect(answers.some((a) => /Carran(?:ese|'s)/.test(a)), answers.join(' / ')).toBe(false);
    expect(answers).toContain('port authority');
  });

  it('cards the entry as a fact-dense text: a card on the clause subject, one card per sentence, the agent of a passive before its subject, a pronoun-led sentence only with the sentence before, at most one card per 30 words', () => {
    const { article } = contextOf(ENTRY);
    const cards = generateCards(article, { quality: null }).cards;
    expectWellFormed(article, cards);
    const backs = cards.map((c) => c.back);
    expect(backs, backs.join(' | ')).toContain('three inner sand barriers');
    expect(backs).toContain('longshore currents');
    // One card per sentence: a second card on it would show the first card's answer on its front.
    const sources = cards.map((c) => c.source.text);
    expect(new Set(sources).size, sources.join(' | ')).toBe(sources.length);
    expect(backs).not.toContain('sand of the outer estuary');
    // A sentence that opens on a pronoun is asked with the sentence before it, which names what it points to.
    for (const c of cards.filter((x) => x.source.text.startsWith('It also'))) expect(c.front.startsWith('The agreement stipulated')).toBe(true);
    const words = BODY.split(/\s+/).filter(Boolean).length;
    expect(cards.length).toBeLessThanOrEqual(Math.round(words / 30));
  });

  it('leaves a story that reports the same sentences as it was: no clause subjects there', () => {
    const story = `Carran estuary\n\n${BODY.replace(/\. /g, ', the harbour master said. ')}`;
    const cards = generateCards(articleFrom(story), { quality: null }).cards;
    expect(cards.map((c) => c.back)).not.toContain('tidal mixing layer');
  });
});

// Invented for the spec: stories and a press release under a subject's title, which an entry's gate must turn away.
const FICTION =
  'Lighthouse keeper\n\n' +
  'The old keeper climbed the stairs of the lighthouse every evening at dusk. ' +
  'The keeper carried a lamp and a flask of hot tea in his coat. ' +
  'The keeper\'s daughter waited below in the kitchen, drinking hot tea by the stove. ' +
  '“The storm will break before midnight,” the keeper called down to her. ' +
  '“Then the lamp must burn until dawn,” the girl answered from the stairs. ' +
  'Queues of fishing boats crowded into the harbour below the cliffs. ' +
  '“Count the boats as they pass the rocks,” the old man whispered. ' +
  'The rain began as the last boats reached the quay one by one. ' +
  'The keeper trimmed the wick and wound the clockwork of the great lens. ' +
  'By morning the keeper had not slept at all.\n';
const BIOGRAPHY =
  'Mara Vell\n\n' +
  'Mara Vell grew up in a fishing village on the northern coast, the daughter of a lighthouse keeper. ' +
  'She learned to trim the lamps before she could read. ' +
  'When her father fell ill, she climbed the tower every night in his place. ' +
  'They lived on salted fish and bread through the long winters at the lighthouse. ' +
  'She kept a log of every ship that passed the rocks. ' +
  'In the great storm of 1881, Vell rowed out alone to a stranded schooner. ' +
  'She brought the crew back one by one and then went back for the cook. ' +
  'They moved to the mainland when the lighthouse was automated. ' +
  'She spent her last years teaching the children of the village to swim. ' +
  "Vell's log is kept in the harbour museum, and the new lifeboat bears the name Mara Vell.\n";
const PRESS =
  'Carran harbour ferry\n\n' +
  'The new harbour ferry between Carran and Brill will enter service in the spring. ' +
  'The ferry carries two hundred passengers and forty cars on each crossing. ' +
  '"This is a proud day for the whole coast," the harbour director added. ' +
  'The vessel was built at the Ostmark yard over eighteen months. ' +
  'The crossing time falls from fifty minutes to thirty, the operator added. ' +
  'The ferry runs on batteries charged at both quays overnight. ' +
  'Local firms supplied most of the fittings, the chairman of the yard added. ' +
  'Tickets for the first crossings go on sale at the harbour office. ' +
  'The old ferry will be sold to a museum in the south, the director confirmed.\n';
const NEWS =
  'Carran harbour strike\n\n' +
  'Dock workers at Carran harbour went on strike over pay for the second time in a year. ' +
  'The union accused the port authority of breaking its promise on overtime. ' +
  'Port managers insisted that the offer on the table was fair and final. ' +
  'Queues of lorries stretched for miles along the coast road by the evening. ' +
  'Hauliers warned that fresh fish would spoil within a day. ' +
  'The regional council urged both sides to return to talks at the harbour. ' +
  'A spokesman for the harbour confirmed that two ships had turned away to Brill. ' +
  'The strike is the longest at the harbour since the dock was rebuilt. ' +
  'Talks to end the strike were expected to resume at the end of the week.\n';

describe('the gate of reference prose', () => {
  it('turns away a story, a biography told as a story, a press release that adds quotes, and a news story that accuses and warns', () => {
    for (const text of [FICTION, BIOGRAPHY, PRESS, NEWS]) expect(isReferenceProse(contextOf(text).ctx), text.split('\n')[0]).toBe(false);
    expect(isReferenceProse(contextOf(ENTRY).ctx)).toBe(true);
  });

  it('takes entries titled by a subject with "of", an apostrophe, a bracket, a subtitle, a year, a numeral or a short head', () => {
    const about = (title: string, head: string): string => `${title}\n\n${BODY.replace(/\bestuary\b/g, head)}`;
    for (const [title, head] of [
      ['Siege of Dunmere', 'siege'],
      ["Ohm's law", 'law'],
      ['Salt War (1612–1615) - Wikipedia', 'war'],
      ['Salt war: a history', 'war'],
      ['1612 Salt War', 'war'],
      ['World War II', 'war'],
      ['Natural gas', 'gas'],
      ['Virus', 'virus'],
    ]) expect(isReferenceProse(contextOf(about(title!, head!)).ctx), title).toBe(true);
  });

  it('takes an entry with a regnal numeral, dates with their year, and one source cited', () => {
    const regnal = BODY.replace(/\. /g, (m, i: number) => (i % 4 === 0 ? ' under Harald I. ' : m));
    expect(isReferenceProse(contextOf(`Carran estuary\n\n${regnal}`).ctx)).toBe(true);
    const dated = BODY.replace(/\. /g, (m, i: number) => (i % 4 === 0 ? ' on April 12, 1612. ' : m));
    expect(isReferenceProse(contextOf(`Carran estuary\n\n${dated}`).ctx)).toBe(true);
    const cited = BODY.replace('The agreement stipulated', 'According to the chronicle, the agreement stipulated');
    expect(isReferenceProse(contextOf(`Carran estuary\n\n${cited}`).ctx)).toBe(true);
  });
});

// Invented for the spec: a future-tense news item with few names, which reads as a concept passage but is no entry.
const ROADWORKS =
  'Bridge closure to reroute traffic through the valley next spring\n\n' +
  'The old river bridge will close for repairs in the spring. City engineers have found deep cracks in the main supports during an inspection. ' +
  'Traffic officials warned that the detour will add twenty minutes to most journeys. Heavy lorries will use the northern ring road during the works. ' +
  'Local bus services will run on a shorter timetable for the whole summer. The repair crews will replace the steel bearings and the concrete deck. ' +
  'Cyclists and pedestrians can cross the river on a temporary footbridge. The riverside car park will close to make room for the cranes. ' +
  'Delivery vans need a permit to enter the old town. The new deck will carry two lanes of traffic and a wide cycle path.\n';
// Invented for the spec: an entry whose sentences tempt the clause finders into the topic, half a compound and loose phrases.
const FISHERY =
  'Herring fishery\n\n' +
  'The herring fishery of Vell was the main industry of the island for three centuries. ' +
  'The royal water works that supplied the palace were built by the crown engineers. ' +
  'The modern salt works near Brill produce sea salt for the curing sheds. ' +
  'The long storms of 1688 cost the local economy millions in lost catches. ' +
  'The curing sheds stood at the end of a long spit of shingle. ' +
  'The heaviest branches of the oak forests were cut for ship timber. ' +
  'The harbour walls were rebuilt within a decade of the peace. ' +
  'Two men were arrested for smuggling salt past the customs house. ' +
  'The first settlers received grants of land along the river. ' +
  'The settlers called the river the Tarn after its dark water. ' +
  'The fishery declined when the shoals of herring moved north to the colder banks. ' +
  'The fishery is remembered in the coat of arms of the island.\n';

describe('reference answers', () => {
  it('gives a concept passage clause subjects only where it reads as an entry: not a news item that warns', () => {
    const backs = generateCards(articleFrom(ROADWORKS), { quality: null }).cards.map((c) => c.back);
    for (const subject of ['City engineers', 'Traffic officials', 'repair crews', 'Local bus services', 'Heavy lorries']) expect(backs, backs.join(' | ')).not.toContain(subject);
  });

  it('never blanks the entry\'s own subject under another wording', () => {
    expect(referenceAnswers(FISHERY)).not.toContain('herring fishery of Vell');
    const bleach =
      'Sodium hypochlorite | Britannica\n\n' +
      'Anhydrous sodium hypochlorite is unstable and may decompose explosively. ' +
      'Household bleach is a dilute solution of sodium hypochlorite in water. ' +
      'The pale green salt forms when chlorine gas is passed through cold caustic soda. ' +
      'Hypochlorite solutions release chlorine gas when mixed with acids.\n';
    expect(referenceAnswers(bleach)).not.toContain('Anhydrous sodium hypochlorite');
  });

  it('never blanks half a compound whose last word the tagger took for a verb', () => {
    const answers = referenceAnswers(FISHERY);
    expect(answers.some((a) => /^(?:royal water|modern salt)$/.test(a)), answers.join(' / ')).toBe(false);
  });

  it('never blanks across a double object, cut before "of", a superlative, a span of time or a part, a count of people, two bare nouns joined by "of"', () => {
    const answers = referenceAnswers(FISHERY);
    for (const loose of ['local economy millions', 'end of a long spit', 'heaviest branches', 'heaviest branches of the oak forests', 'decade of the peace', 'Two men', 'grants of land']) expect(answers, answers.join(' / ')).not.toContain(loose);
  });

  it('weighs "called the river the Tarn" as an object, not as the name it was given', () => {
    const { analysis, ctx } = contextOf(FISHERY);
    const s = analysis.sentences.find((x) => x.text.startsWith('The settlers called'))!;
    const river = answersOf({ ...ctx, reference: true }, s).find((a) => a.text === 'river');
    expect(river?.weight ?? 0).toBeLessThan(0.8);
  });
});
