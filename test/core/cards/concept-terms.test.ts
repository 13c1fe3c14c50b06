// A passage about concepts names few people or places: its key phrases, used in two sentences,
// are cards even when the strict rules already found a few others; a story full of names keeps
// the stricter bar, where such phrases are filler.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { articleFrom, cardFor, expectWellFormed } from './helpers.js';

// Invented for the spec: a few figures and a cue word give the strict rules some cards, but most
// sentences hold only a phrase the text uses twice.
const TIDES =
  'How tides work\n\n' +
  'Tides are the regular rise and fall of the sea, caused by the gravity of the moon and the sun. The moon pulls hardest on the water nearest to it, which raises a tidal bulge on that side of the planet. A second tidal bulge forms on the far side, where the pull is weakest.\n\n' +
  'Most coasts see two high tides and two low tides in about 24 hours and 50 minutes. When the sun and the moon line up, their pulls add together and give the strongest tides, called spring tides. When they stand at right angles, the pulls partly cancel and the tides are weak.\n\n' +
  'The shape of a coastline changes the tidal range a great deal. A narrow bay can funnel the water and raise the tidal range to more than 15 metres, while an enclosed sea may barely notice the tides at all.\n\n' +
  'Engineers have long tried to use the flow of the tides for power. A tidal barrage holds water behind a dam at high tide and lets it out through turbines as the sea falls. The first large tidal barrage opened in 1966 on an estuary in the north of the country.\n';

describe('a passage about concepts, with few names', () => {
  const article = articleFrom(TIDES);
  const cards = generateCards(article).cards;
  const listing = cards.map((c) => `${c.front} → ${c.back}`).join('\n');

  it('makes cards of the phrases it uses in two sentences, each well formed', () => {
    expectWellFormed(article, cards);
    expect(cardFor(cards, { back: /^tidal (?:range|barrage|bulge)$/ }), listing).toBeDefined();
  });
});

// Invented for the spec: a story full of people and places, where a phrase said twice ("the
// trade talks") is the story's filler, not a term to learn.
const TALKS =
  'Talks resume in Geneva\n\n' +
  'Maria Lopez, the trade minister of Chile, met Kenji Sato of Japan in Geneva on Monday as the trade talks resumed. Lopez said Chile wanted lower tariffs on copper, while Sato pressed for access for Japanese carmakers.\n\n' +
  'The trade talks stalled in March when Peru and Mexico walked out over fishing quotas. Officials from Canada and Australia joined the meeting in Geneva on Tuesday, and Lopez met Anna Berg of Sweden on Wednesday.\n\n' +
  'Sato told reporters in Geneva that Japan and Chile were close to a deal. Berg said Sweden would back any deal that Canada and Australia signed.\n';

describe('a story full of names', () => {
  it('does not take a phrase it merely repeats as a term', () => {
    const cards = generateCards(articleFrom(TALKS)).cards;
    expect(cardFor(cards, { back: /^trade talks$/ }), cards.map((c) => `${c.front} → ${c.back}`).join('\n')).toBeUndefined();
  });
});

// Invented for the spec: a definition-led passage about a made-up kind of erosion, written so that
// each loose blank the judging rejected has a twin here: a genus after "is a", a term whose head is
// a generic word ("a Latin term"), a process noun swallowing its object ("the removal of ..."), an
// intensity adjective before a phrase ("an intense chemical attack"), a term whose words the front
// says again in a parallel ("a soft shale and its hard ... a hard sandstone"), and the first of
// two synonyms ("pedestals, also called hoodoos").
const HOODOOS =
  'Differential erosion\n\n' +
  'Differential erosion is a geological process in which rocks of unequal hardness wear away at different rates, leaving the harder layers standing above the softer ones. The name comes from a Latin term for a difference or a distinction between two things. A typical outcrop pairs a soft shale and its hard caprock, or a hard sandstone and its soft base, in thin alternating beds.\n\n' +
  'Tall pedestals, also called hoodoos, form where a resistant caprock shields the softer column below it from rainfall. Frost wedging drives the removal of loose mineral grains from the exposed column faces every winter. Acidic rainwater can cause an intense chemical attack on limestone layers, which then retreat faster than the sandstone around them.\n\n' +
  'Wind abrasion carves narrow grooves called yardangs into the soft layers of desert ridges. Over long periods the softer beds retreat into shallow alcoves, while the harder beds project as thin ledges called cornices. Geologists read the height of such ledges as a rough record of past rainfall.\n';

describe('concept answers are whole terms, not loose phrases', () => {
  const cards = generateCards(articleFrom(HOODOOS)).cards;
  const listing = cards.map((c) => `${c.front} → ${c.back}`).join('\n');
  it('does not blank the genus of a definition', () => {
    expect(cardFor(cards, { back: /^geological process$/ }), listing).toBeUndefined();
  });
  it('does not blank a phrase whose head is a generic word, nor a process noun with its object', () => {
    expect(cardFor(cards, { back: /\bterm$/ }), listing).toBeUndefined();
    expect(cardFor(cards, { back: /^removal of/ }), listing).toBeUndefined();
  });
  it('does not blank an intensity adjective with its phrase, nor a phrase pointing back ("such ledges")', () => {
    expect(cardFor(cards, { back: /^intense/ }), listing).toBeUndefined();
    expect(cardFor(cards, { back: /\bsuch\b/ }), listing).toBeUndefined();
  });
  it('does not blank a term whose words the front says again in a parallel', () => {
    expect(cardFor(cards, { back: /^soft shale$/ }), listing).toBeUndefined();
  });
  it('does not blank the first of two synonyms, which the second gives away', () => {
    expect(cardFor(cards, { back: /^(?:Tall )?pedestals$/i }), listing).toBeUndefined();
  });
  it('still makes the named terms', () => {
    expect(cardFor(cards, { back: /^(?:yardangs|hoodoos|cornices)$/ }), listing).toBeDefined();
  });
});

describe('a term blank on a concept passage', () => {
  it('is no word any field uses for its own things ("Closely related [fields]", "restricted [resources]")', async () => {
    const { looseTermBlank } = await import('../../../src/core/cards/concept-terms.js');
    expect(looseTermBlank('Closely related [...] in soil science are hydrology and geology.', 'fields')).toBe(true);
    expect(looseTermBlank('It classifies problems that can be solved with appropriately restricted [...].', 'resources')).toBe(true);
    // A term the passage teaches stays.
    expect(looseTermBlank('Dripping water deposits calcite, which builds [...] from the ceiling.', 'stalactites')).toBe(false);
  });
});

describe('a key phrase the text repeats', () => {
  it('is no "word X" naming the word the text is about ("The [word genocide] is …")', () => {
    const text =
      'Harbour law\n\n' +
      'Harbourage has become an official term in the law of the sea. The word harbourage was not in use before 1744, when the Dutch courts first wrote it down. ' +
      'The word harbourage is the combination of an old Norse noun for an army and a verb for keeping safe. The courts of many ports soon took up the word harbourage for the fees of a berth.\n';
    const backs = generateCards(articleFrom(text), { quality: null, wordsPerCard: 1, max: 99 }).cards.map((c) => c.back);
    expect(backs).not.toContain('word harbourage');
  });
});
