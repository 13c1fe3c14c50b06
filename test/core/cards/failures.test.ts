// One test per failure class found in the first evaluation, each on a text written for it.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { buildQaCards } from '../../../src/core/cards/qa.js';
import { buildQuoteCard } from '../../../src/core/cards/quote.js';
import { looksLikeCaption } from '../../../src/core/parse/cleanup/captions.js';
import { articleFrom, expectWellFormed } from './helpers.js';

const dense = (text: string, quality?: null) => {
  const article = articleFrom(text);
  const cards = generateCards(article, { wordsPerCard: 5, ...(quality === null ? { quality } : {}) }).cards;
  expectWellFormed(article, cards);
  return cards;
};

describe('captions left in the body', () => {
  it('recognises picture captions by their shape', () => {
    expect(looksLikeCaption('Gov. Ruth Ellery, R-Idaho, waves to supporters in Boise on June 14, 2022.')).toBe(true);
    expect(looksLikeCaption("An artist's rendering of a comet trailing ice past the rings of a gas giant.")).toBe(true);
    expect(looksLikeCaption('Gov. Ruth Ellery waved to supporters in Boise on June 14, 2022, and said the tax cut would pass.')).toBe(false);
  });

  it('makes no card from a caption sentence', () => {
    const cards = dense(
      'Storm report\n\nThe Harbor Port Authority closed the northern terminal on Tuesday after the storm damaged three cranes.\n\nGov. Ruth Ellery, R-Idaho, waves to supporters in Boise on June 14, 2022.\n\nThe Harbor Port Authority said repairs to the northern terminal would cost $12 million over two years.\n',
    );
    expect(cards.some((c) => /waves to supporters/.test(c.source.text))).toBe(false);
  });
});

describe('answers given away by nearby text', () => {
  it('never blanks a figure restated in brackets, either side', () => {
    const cards = dense(
      'Moons\n\nThe rover crossed the 2,400-mile-wide (3,860 kilometers) basin Hadley Vale over fourteen months of driving.\n\nThe rover hauled about 1,800 pounds (816 kilograms) of batteries across the floor of the basin Hadley Vale.\n\nThe rover took 25 drills into the basin Hadley Vale, more than any rover before it.\n',
    );
    expect(cards.some((c) => /^(?:3,860|816|1,800)/.test(c.back))).toBe(false);
  });

  it('never blanks an abbreviation next to its expansion, nor the subject named in the title', () => {
    const cards = dense(
      'Acme expands\n\nAcme joined the Deep Ocean Sampling Initiative (DOSI) program in 2019 with four other companies.\n\nAcme said the program would let Acme send drones to the sea floor by 2026.\n\nThe company Acme builds small submarines in Denver and employs 300 engineers.\n',
    );
    expect(cards.some((c) => c.back === 'DOSI' || c.back === 'Deep Ocean Sampling Initiative')).toBe(false);
    expect(cards.some((c) => c.back === 'Acme')).toBe(false);
  });
});

describe('distractors', () => {
  it('never offers all-caps abbreviations or built-in organisations as wrong options for a full name', () => {
    const cards = dense(
      'Research news\n\nMaria Okafor, a physicist at the Rayleigh Institute for Optics in Leeds, led the new study of light scattering.\n\nThe team sent the results by DM and used AI tools to check them at the Northern University of Science.\n\nThe Laplace Laboratory for Astrophysics built the telescope that the team used for the study last year.\n\nThe Harbor Research Council paid for the study, which took three years to finish.\n\nThe Brandt Observatory of Leeds shared its own measurements with the team in the spring.\n\nThe Rayleigh Institute for Optics said the study of light scattering would continue until 2027.\n',
      // The options are what is specified here: the model may drop a card on a walk-on observatory.
      null,
    );
    expect(cards.filter((c) => c.kind === 'choice').length).toBeGreaterThan(0);
    for (const card of cards.filter((c) => c.kind === 'choice')) {
      for (const choice of card.choices!) {
        expect(choice).not.toMatch(/^[A-Z]{2,3}$/);
        expect(['United Nations', 'World Bank', 'World Trade Organization', 'European Union']).not.toContain(choice);
      }
    }
  });
});

describe('the same fact twice', () => {
  it('makes one card of an apposition, not an identity card and a blank of the same person', () => {
    const cards = dense(
      'Platform news\n\nOren Vasquez, a spokesperson for Tidewell, confirmed that the firm emails drivers who might save money with annual passes.\n\nOren Vasquez said the change would reach every driver using Tidewell before next spring.\n',
    );
    const onApposition = cards.filter((c) => /a spokesperson for Tidewell/.test(c.source.text));
    expect(onApposition.length).toBeLessThanOrEqual(1);
  });

  it('makes one quote card of a claim quoted twice', () => {
    const cards = dense(
      'Toll claim\n\nCouncillor Priya Raman said, “Nine million dollars every month is leaving the county in unpaid tolls.”\n\nWe checked the numbers behind the claim with the toll agency and two trucking groups.\n\n“Nine million dollars every month is leaving the county in unpaid tolls,” Raman told the radio station.\n',
    );
    expect(cards.filter((c) => c.kind === 'quote').length).toBeLessThanOrEqual(1);
  });
});

describe('sentence-split fragments', () => {
  it('makes no card from a piece split off at an abbreviation', () => {
    const cards = dense(
      'Visit\n\nIn April, Rep. Henry Osei, D-W.Va., toured a coal mine near Beckley and warned that the district lacks 30 mine inspectors.\n',
    );
    expect(cards.some((c) => /^Va\.,/.test(c.source.text))).toBe(false);
  });

  it('makes no quote card from the tail of a quote opened in an earlier sentence', () => {
    const cards = dense(
      'Talks\n\nFinance Minister Karl Weber presented the budget to parliament on Tuesday after long talks.\n\n“We have cut the deficit in half. We will now invest the savings in schools and hospitals across the country,” he said.\n',
    );
    expect(cards.some((c) => c.kind === 'quote' && /^Who said: “We will now/.test(c.front))).toBe(false);
  });
});

describe('malformed and weak answers', () => {
  it('does not blank a figure the front all but states ("rose to [7.1%] from 7%"), and reads no figure in a name ("PS4")', () => {
    const cards = dense('Prices\n\nIn Leeds, the area with the highest average house price, annual inflation rose only slightly in November to 7.1% from 7% the month before, the council said.\n');
    expect(cards.map((c) => c.back)).not.toContain('7.1%');
    const console = dense('Console\n\nThe PS4 Pro has only 8GB of RAM and tops out at 4.2 teraflops, the maker said on Tuesday.\n');
    expect(console.map((c) => c.back)).toContain('4.2');
  });

  it('makes no card on a sentence whose page lost a name and left its quotes empty (set R judges: malformed)', () => {
    const backs = (text: string) => dense(text).map((c) => c.back);
    expect(backs('Kelds\n\nDeveloped by "" series\' co-creators Rick Berman, Michael Piller, and Jeri Taylor, the Kelds serve as the main foes of the harbour crew.\n')).toEqual([]);
    expect(backs('Kelds\n\nDeveloped by "Harbour Lights" series\' co-creators Rick Berman, Michael Piller, and Jeri Taylor, the Kelds serve as the main foes of the harbour crew.\n').length).toBeGreaterThan(0);
    // …or its article alone before the stop (both set S judges: "has taught the subject at the .").
    expect(backs('Teacher\n\nAnna Berg (born 1940) is a Lindvik teacher. She graduated from the Harbour University with a degree in psychology in 1968, and has taught the subject at the .\n')).not.toContain('1968');
  });

  it('does not blank the US or the UK, a story\'s setting, but keeps another country', () => {
    const backs = (text: string) => dense(text).map((c) => c.back);
    expect(backs("Music visas\n\nUS acts are not faced with comparable expense and bureaucracy when visiting the UK for promotional purposes, the Musicians' Union said on Monday.\n")).not.toContain('UK');
    expect(backs("Music visas\n\nBritish acts face high costs when visiting the United States for promotional tours, the Musicians' Union said on Monday.\n")).not.toContain('United States');
    expect(backs("Music visas\n\nBritish acts face high costs when visiting Canada for promotional tours, the Musicians' Union said on Monday.\n")).toContain('Canada');
  });

  it('does not blank the market a price was made in ("closed … in [New York]"), but keeps where a thing happened', () => {
    // Blind judges: "Which city Brent traded in is a side detail" (8 of 8 such verdicts rejected).
    const backs = (text: string) => dense(text).map((c) => c.back);
    expect(backs('Oil\n\nA barrel of US crude oil closed up $2.80 at $51.15 in New York on Tuesday, traders said.\n')).not.toContain('New York');
    expect(backs('Oil\n\nBrent crude also rose in London trading, adding $1.89 to $48.62 at the close on Tuesday.\n')).not.toContain('London');
    expect(backs('Oil\n\nShell closed its largest oil refinery in Rotterdam on Tuesday after a fire broke out in a storage tank, the company said. Traders said the closure would cut supplies to Germany for weeks.\n')).toContain('Germany');
  });

  it('keeps a figure whole without a trailing "per"', () => {
    const cards = dense('Costs\n\nSpread over the twelve months of the year, the county pays roughly $3.7 million per month for snow clearing.\n');
    for (const card of cards) expect(card.back).not.toMatch(/\bper$/);
  });

  it('does not blank a noun phrase used once with a vague adjective', () => {
    const cards = dense(
      'Data\n\nTo estimate what the unpaid tolls were worth, the toll agency checked other data sources and a personal life insurance registry.\n',
    );
    expect(cards.some((c) => c.back === 'data sources' || c.back === 'personal life')).toBe(false);
  });
});

describe('qa: where and how many', () => {
  const qa = (texts: string[]) => {
    const analysis = analyzeText(texts);
    const ctx = buildContext(analysis, texts.map((text) => ({ type: 'paragraph' as const, text })));
    return analysis.sentences.flatMap((s) => buildQaCards(ctx, s));
  };

  it('asks who without the outlet that reported it', () => {
    const drafts = qa(['Maria Lopez said the studio will open a second shop in the spring, the Harbour Courier reported.', 'Maria Lopez has run the studio since 2015.']);
    const who = drafts.filter((d) => d.front.startsWith('Who '));
    expect(who.map((d) => d.front)).toContain('Who said the studio will open a second shop in the spring?');
    expect(who.some((d) => /Courier/.test(d.front))).toBe(false);
  });

  it('asks where when the clause ends on a known place', () => {
    const drafts = qa(['Dr. Maria Lopez opened a small ceramics studio in Lisbon, Portugal.', 'Maria Lopez said the studio sells bowls and plates.']);
    expect(drafts.find((d) => d.front === 'Where did Maria Lopez open a small ceramics studio?')?.back).toBe('Lisbon, Portugal');
  });

  it('does not ask where when the place is not the end of the clause', () => {
    const drafts = qa(['Dr. Maria Lopez opened a studio in Lisbon shops and markets.', 'Maria Lopez said the studio sells bowls.']);
    expect(drafts.some((d) => d.front.startsWith('Where'))).toBe(false);
  });

  it('asks how many for an exact count right after the verb', () => {
    const drafts = qa(['The Harbor Port Authority hired 240 dock workers for the new container terminal.']);
    expect(drafts.find((d) => d.front.startsWith('How many'))).toMatchObject({ front: 'How many dock workers did Harbor Port Authority hire for the new container terminal?', back: '240' });
  });

  it('does not ask how many for an estimate or a sum of money', () => {
    const drafts = qa(['The Harbor Port Authority hired about 240 dock workers.', 'The Harbor Port Authority spent $240 million on cranes.']);
    expect(drafts.some((d) => d.front.startsWith('How many'))).toBe(false);
  });
});

describe('who said: the "he" of a quote', () => {
  const whoSaid = (texts: string[]) => {
    const analysis = analyzeText(texts);
    const ctx = buildContext(analysis, texts.map((text) => ({ type: 'paragraph' as const, text })));
    return analysis.sentences.flatMap((s) => buildQuoteCard(ctx, s) ?? []).map((d) => [d.front.slice(11, 30), d.back] as [string, string]);
  };

  it('finds the speaker after a quotation the sentence before opened', () => {
    // The closing mark of '"…," said Mr Hale' read alone opened a quote and hid Mr Hale.
    const cards = whoSaid([
      'Composer Ravi Menon has finished the score of the Harbour Lights musical, producer Tom Hale said.',
      'Ravi Menon wrote the stage hit Monsoon Nights.',
      '"There will be no dancing robots. The music will be in a very traditional mould and draw on folk traditions," said Mr Hale. "We will open in Leeds before the end of next year, once a large enough theatre is free," he said.',
    ]);
    expect(cards).toEqual([['We will open in Lee', 'Tom Hale']]);
  });

  it('reads a quotation that ran over a lost paragraph break as closed where its next one closes', () => {
    // The first quote has no closing mark (its paragraph break was lost); counting marks left
    // "Michael Howard" inside a quote, and the quote after it went to Mr Redwood.
    const cards = whoSaid([
      'Tory frontbencher John Redwood said Britain needed a slimmer government and lower taxes to be competitive.',
      'Announcing the plans, Mr Redwood said: "Mr Blair has forgotten the interests of taxpayers. "Far from improving public services, spending on quangos has led only to more bureaucrats and higher taxes." His party leader, Michael Howard, argued a change in direction was needed. "Labour are creating two nations: the forgotten majority and a bureaucratic state," he said.',
    ]);
    expect(cards.filter(([front]) => front.startsWith('Labour'))).not.toContainEqual([expect.any(String), 'John Redwood']);
  });

  it('gives a quote to whoever the sentence before reports, not to the one it talks about', () => {
    const lead = 'Tory leader Michael Howard dismissed the budget of Chancellor Gordon Brown on Wednesday.';
    const quote = '"This dodgy government is now publishing a dodgy budget based on dodgy numbers," he said.';
    // "…, the Tory leader said": no name in the tail, so no card (the quote went to Mr Brown).
    expect(whoSaid([lead, `Mr Brown liked to rattle off magical balances conjured out of thin air, the Tory leader said. ${quote}`])).toEqual([]);
    expect(whoSaid([lead, `Mr Brown liked to rattle off magical balances conjured out of thin air, Mr Howard said. ${quote}`])).toEqual([['This dodgy governme', 'Michael Howard']]);
  });

  it('reads a one-word name before a common noun as describing it ("the Tory leader"), not as a person', () => {
    // The analysis took "Tory" for the slogan "Vote Tory", read as a person, and the quote went to it.
    const cards = whoSaid([
      'Michael Howard has finally revealed the full scale of his planned Tory tax cuts.',
      'At its simplest, the message is: "Vote Tory and you can have it both ways".',
      'Some in the Tory party are urging Mr Howard to announce cuts in the basic rate.',
      'As the Tory leader declared, the aim is to open up a real economic divide between Labour and the Tories. "At this election, people will have a clear choice between a party that wastes money and one that gives value for money," he said.',
    ]);
    expect(cards).toEqual([['At this election, p', 'Michael Howard']]);
  });

  it('asks no one when the sentence before names two people', () => {
    const cards = whoSaid([
      'Tory leader Michael Howard set out his tax plans on Monday.',
      'Some in the party are urging Mr Howard to promise cuts, and shadow chancellor Oliver Letwin has backed them.',
      '"People will have a clear choice between a party that wastes money and one that gives value for money," he said.',
    ]);
    expect(cards).toEqual([]);
  });

  it('asks no one when the sentence before names someone the analysis could not type', () => {
    const cards = whoSaid([
      'Composer Ravi Menon has finished the score of the Harbour Lights musical.',
      'Ravi Menon wrote the stage hit Monsoon Nights.',
      'The musical\'s British director is Matthew Warchus, best known for staging the hit play Art. "The production will be a hybrid of text, physical theatre, music and spectacle never seen on this scale," he said.',
    ]);
    expect(cards).toEqual([]);
  });
});
