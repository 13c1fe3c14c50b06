// Two spans readers of an encyclopedia entry are asked about and the finders missed: the means a
// clause names after "by" + an -ing verb ("prevents growth by [limiting demand]": how does it?),
// and the term a sentence names after "abbreviated as", "i.e." or "known as" when the term opens
// on a participle ("a condition known as [hidden action]").
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom } from './helpers.js';

// Invented for the spec.
const BODY =
  'The Brill flats are a tidal marsh on the northern shore of Vell, where the Carran river meets the Sundry Sea. ' +
  'Dense reed beds slow the incoming tide by trapping fine sediment. ' +
  'In 1931 engineers cut the inner basin off from the sea by building a stone dyke, which still stands. ' +
  'Farmers later tried to drain the basin by encouraging the tenants of the northern plain to dig deep ditches. ' +
  'The marsh is often mapped by measuring the height of the Brill flats. ' +
  'Its winter water level is often abbreviated as WWL by the survey crews. ' +
  'The survey grid of the flats is abbreviated as SGF, or BSG. ' +
  'The grey mud of the inner basin is sometimes labeled as slik or tidal clay. ' +
  'The creek system of the flats, i.e. its drainage network, carries the tide inland twice a day. ' +
  'Some of the salt water seeps through the dyke, a process known as hidden seepage. ' +
  'The old dyke was breached after the Battle of Carran Ford (1288), when the flats flooded for a decade. ' +
  'As the surveyor Mara Lindqvist (1996) showed, the flats rise by two centimetres a year. ' +
  '(The pump house, for example, is modeled after the old mill at Varrel, and the chapel, a later addition, replicates Ostmark Abbey Hall.) ' +
  'The young reed shoots are highly vulnerable to coastal erosion, which uproots them within days. ' +
  'In the 1974 film of the flood, the leading parts were Mara Quist (Hanna Berglund) and Tomas Ruud (Elin Strandvik), two farmers of the basin. ' +
  'The dyke was kept by the Northern Tide Watch (Nordre Tidevakt) until the flood of 1953.\n';
const ENTRY = `Brill flats\n\n${BODY}`;

function answers(text: string, reference: boolean): string[] {
  const article = articleFrom(text);
  const analysis = analyzeBlocks(article.blocks);
  const ctx = buildContext(analysis, article.blocks, article.title);
  const c = reference ? { ...ctx, reference: true } : ctx;
  return analysis.sentences.flatMap((s) => answersOf(c, s).map((a) => a.text));
}

describe('means after "by" + -ing', () => {
  it('blanks the means a clause names, whole, on a reference entry', () => {
    const found = answers(ENTRY, true);
    expect(found).toContain('trapping fine sediment');
    expect(found).toContain('building a stone dyke');
  });

  it('takes no means that runs on past six words, nor one that repeats the entry\'s subject', () => {
    const found = answers(ENTRY, true);
    expect(found.some((a) => a.startsWith('encouraging'))).toBe(false);
    expect(found.some((a) => a.startsWith('measuring'))).toBe(false);
  });

  it('leaves a story alone: only a reference entry or a concept passage states a means as its fact', () => {
    const found = answers(`Marsh farmers fight the tide\n\n${BODY}`, false);
    expect(found).not.toContain('trapping fine sediment');
  });
});

describe('names after "abbreviated as", "i.e.", "known as"', () => {
  it('blanks the abbreviation, the term after "i.e." and a term that opens on a participle', () => {
    const found = answers(ENTRY, true);
    expect(found).toContain('WWL');
    expect(found).toContain('drainage network');
    expect(found).toContain('hidden seepage');
  });

  it('blanks both of two names given for one thing ("abbreviated as [SGF, or BSG]"): either left on the front gives the other away', () => {
    const found = answers(ENTRY, true);
    expect(found).toContain('SGF, or BSG');
    expect(found).not.toContain('SGF');
    expect(found).toContain('slik or tidal clay');
  });
});

describe('a year in brackets after a name', () => {
  it('is the named event\'s date, not the name restated; after a person it is a citation', () => {
    const found = answers(ENTRY, true);
    expect(found).toContain('1288');
    expect(found).not.toContain('1996');
  });
});

describe('a sentence wholly in brackets', () => {
  it('is an aside of the paragraph, but its names are what it says: they may be blanked', () => {
    expect(answers(ENTRY, true)).toContain('Ostmark Abbey Hall');
  });
});

describe('what an adjective predicate relates its subject to', () => {
  it('blanks the phrase after "is <adjective> <preposition>" ("are vulnerable to [coastal erosion]")', () => {
    expect(answers(ENTRY, true)).toContain('coastal erosion');
  });
});

describe('a full name alone in brackets after another', () => {
  it('is who plays or stands behind it ("Mara Quist ([Hanna Berglund])"), not a body\'s name restated in another language', () => {
    const found = answers(ENTRY, true);
    expect(found).toContain('Hanna Berglund');
    expect(found).not.toContain('Nordre Tidevakt');
  });
});
