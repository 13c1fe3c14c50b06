// Quality rules from the blind judging of cards on unseen text: blanks that test nothing or break
// the sentence, sentences that are not the text's own prose, and kinds of low value. Every text
// here is written for the rule it tests.
import { describe, expect, it } from 'vitest';
import { generateCards, type Card } from '../../../src/core/cards/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

/** Every card the generator would make (no density limit). */
function allCards(text: string): Card[] {
  const article = articleFrom(text);
  const cards = generateCards(article, { wordsPerCard: 1 }).cards;
  expectWellFormed(article, cards);
  return [...cards];
}

describe('blanks that test nothing', () => {
  it('never blanks the article’s own subject or topic word', () => {
    const backs = allCards(
      'A solar van for the city\n\nLumen Motors unveiled a solar van at the Geneva show on Tuesday, with a range of 400 miles.\n\nThe solar van was designed by Lumen Motors in a former shipyard, and the van uses solar panels on its roof.\n\nAnalysts said the van would need a partner to be built in large numbers by the company.\n\nThe chief engineer said that the solar van of Lumen Motors would be built in a second factory.\n\nBuyers will get the first vans from Lumen Motors in the spring, after long tests of the solar van in the snow.\n',
    ).map((c) => c.back);
    expect(backs.length).toBeGreaterThan(0);
    expect(backs).not.toContain('Lumen Motors');
    expect(backs).not.toContain('solar van');
  });

  it('never blanks half a name: a particle before it, a possessive word after it, a direction before a place', () => {
    const backs = allCards(
      'Wars of the north\n\nThe Nine Years’ War ended with a treaty signed at Ryswick by envoys of the French king and his enemies.\n\nThe general Otto von Brackwell commanded the army of the north during the last two winters of the war.\n\nOtto von Brackwell was later made governor of the province by the king and held the post until his death.\n\nThe armies then moved to northern Italy, where they fought over the mountain passes for two more years.\n',
    ).map((c) => c.back);
    expect(backs).not.toContain('Nine Years');
    expect(backs).not.toContain('Brackwell');
    expect(backs).not.toContain('Italy');
  });

  it('does not ask where a quoted expert works, nor when a report was published', () => {
    const backs = allCards(
      'Skin tests\n\nThe tests were read by Dr. Ana Ferreira, a dermatologist at the Carrow General Hospital, who found a rare mite allergy.\n\nThe allergy was described in a report published in March 2017 by doctors treating the retired baker in the clinic.\n\nThe baker had stored flour in his cellar for 30 years, and the sacks were the likely source of the mites found on his skin.\n',
    ).map((c) => c.back);
    expect(backs).not.toContain('Carrow General Hospital');
    expect(backs).not.toContain('March 2017');
  });
});

describe('sentences that need the one before', () => {
  it('gives the preceding sentence as context when a sentence opens on "It" or "During this time"', () => {
    const text =
      'The gorge\n\nThe Selvar Gorge was cut by the river over two million years of slow erosion through soft limestone. It was declared a protected landscape by the regional government in 1987 after years of campaigning.\n\nThe last glacial period ended about 11,600 years ago in the valley of the Selvar. During this time, the river flowed north through the Carran Basin and reached the sea near Oldport.\n';
    const cards = allCards(text);
    const pointed = cards.filter((c) => /^(?:It|During this time)\b/.test(c.source.text) && c.kind !== 'qa');
    expect(pointed.length).toBeGreaterThan(0);
    for (const card of pointed) expect(card.front).toMatch(/^The (?:Selvar Gorge was cut|last glacial period ended)/);
  });

  it('makes no card from a pointing sentence whose context is not in the same paragraph', () => {
    const cards = allCards('Notes\n\nThe committee met in the old town hall for the last time before the summer.\n\nThis decision was taken by the Harbour Board of Carran in 1987 after a long debate about the costs.\n');
    expect(cards.filter((c) => /^This decision/.test(c.source.text))).toEqual([]);
  });
});

describe('lines that are not the text’s prose', () => {
  it('makes no card from a splitter fragment after an abbreviation like "ID."', () => {
    const cards = allCards(
      'Electric vans\n\nThe company will build the ID. 3 hatchback in Zwickau from next year, with a battery made in Poland. The new van is based on the ID. BUZZ concept shown in Detroit in 2017, and the company says it will reach dealers in 2022.\n',
    );
    for (const card of cards) expect(card.source.text).not.toMatch(/^(?:3 hatchback|BUZZ concept)/);
  });

  it('makes no card from a reference-list entry, a caption or a correction', () => {
    const cards = allCards(
      'The bridge\n\nThe Carran Bridge opened in 1932 and carried the main railway line across the estuary for sixty years.\n\n' +
        'Haldane, K. (2019). The bridges of the Carran estuary. Journal of Rail History, 12(3), 45–67.\n\n' +
        'A video showing the collapse of the old bridge in 1992 was released on Monday by the Carran police.\n\n' +
        'Correction: An earlier version of this story misstated that the bridge was closed in 1990 by the rail company.\n',
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.source.text).toMatch(/^The Carran Bridge opened/);
  });
});

describe('a table written as lines', () => {
  it('gives no card from its rows, only from the prose around it', () => {
    const cards = allCards(
      'Harbour rowing results\n\nThe Harbour Club won the autumn regatta on Saturday, and its coach Mara Quellan said the crew had trained for six months.\n\n' +
        'Pos Crew Races % Points\nA1 Ola Brandt 12 80% 3 wins (5 podiums).\nA2 Tomas Wendel 10 67% 2 wins (4 podiums).\nA3 Ilse Varga 9 60% 1 win (3 podiums).\n\n' +
        'The club will defend its title at the spring regatta in the old harbour next April.\n',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /podiums|Points/.test(c.source.text)).map((c) => c.front)).toEqual([]);
  });
});

describe('kinds of low value', () => {
  it('asks no identity whose answer is a bare title, or of a famous person named once in passing', () => {
    const cards = allCards(
      'The school\n\nThe Harbour School opened in 1998 with 40 pupils and a library built by the parents of the first class.\n\nProfessor Liam Kettley noted that the school was the first in the region to teach sailing to every pupil.\n\nBarack Obama, the former US President, visited the school in 2015 and planted a tree in the yard.\n\nThe head teacher, Maria Okafor, said the tree still stands in the yard beside the new science block.\n\nLiam Kettley later wrote a history of the school, which was published by the town council.\n',
    );
    expect(cards.filter((c) => c.kind === 'identity' && (/Obama/.test(`${c.front} ${c.back}`) || c.back === 'Professor'))).toEqual([]);
  });

  it('asks no "Who is X?" whose answer is a bare company title ("CEO", "founder")', () => {
    const cards = allCards(
      'The ferry company\n\nCEO Mara Quellan opened the ferry company’s new terminal on Monday, a year after the old one burned down.\n\n' +
        'Mara Quellan said the terminal would handle twice as many passengers as the old one by the summer.\n\n' +
        'Quellan, who founded the company in 2009, said the next step would be a second route to the island.\n\n' +
        'Founder Tomas Wendel sold his last shares in the company in 2015 and now runs a boatyard on the island.\n',
    );
    expect(cards.filter((c) => c.kind === 'identity' && /^(?:CEO|Founder)$/i.test(c.back)).map((c) => c.front)).toEqual([]);
  });

  it('asks no "Who is X?" of a short role (a bare title is general knowledge), only the person a long role names', () => {
    const cards = allCards(
      'The harbour case\n\nPort director Elena Marsh closed the western pier on Monday after a crane collapsed on the quay.\n\n' +
        'Jonas Kettley, the U.S. Attorney, said on Tuesday that the crane company would face charges over the collapse.\n\n' +
        'Kettley told reporters that the company had ignored two warnings from the port inspectors last year.\n\n' +
        'Mira Halden, the chief safety inspector of the Portmere harbour authority, said the crane had failed two tests.\n\n' +
        'Halden said the inspectors would now check every crane in the harbour before the pier reopens in the spring.\n',
    );
    const identity = cards.filter((c) => c.kind === 'identity');
    expect(identity.filter((c) => /^Who is (?:Jonas Kettley|Mira Halden|Elena Marsh)\?$/.test(c.front)), identity.map((c) => c.front).join(' | ')).toEqual([]);
  });

  it('asks no name of a quoted outside source ("Who is the senior analyst at …?"), but of the head of the body the story is about', () => {
    const cards = allCards(
      'Harbour board approves new ferry line\n\nThe Portmere Harbour Board on Tuesday approved a ferry line between the old quay and the island of Selby.\n\n' +
        '“The line will carry 2,000 passengers a day within a year,” said Ilse Brandt, the chair of the Portmere Harbour Board.\n\n' +
        'The ferries will cost more to run than the buses they replace, said Tomas Wendel, a senior transport analyst at the research firm Calloway Partners.\n\n' +
        '“Fares alone will not pay for the boats,” Wendel said, adding that most ferry lines of this size need a subsidy.\n\n' +
        'Wendel said the island’s council had not yet agreed to share the cost of the new landing stage at Selby.\n\n' +
        'The board said the first ferry would sail in the spring, after the landing stage at Selby is finished.\n',
    );
    const identity = cards.filter((c) => c.kind === 'identity').map((c) => `${c.front} → ${c.back}`);
    expect(identity.filter((c) => /Calloway Partners/.test(c)), identity.join(' | ')).toEqual([]);
    expect(identity, identity.join(' | ')).toContain('Who is the chair of the Portmere Harbour Board? → Ilse Brandt');
  });

  it('makes no quote card in an interview where every quote is one person’s', () => {
    const cards = allCards(
      'An interview\n\nThe singer Jessa Morrow talked to us about her new album before the tour started in the spring.\n\n' +
        '“I wrote most of these songs in a cabin by the lake during the long winter,” Jessa Morrow said.\n\n' +
        '“The band recorded everything live in one room, with no click track and no second takes,” Morrow said.\n\n' +
        '“We wanted the album to sound like the concerts we played in small clubs when we started,” she said.\n',
    );
    expect(cards.filter((c) => c.kind === 'quote')).toEqual([]);
  });
  it('never keeps a preposition in a date, nor cuts a name before a figure that belongs to it', () => {
    const backs = allCards(
      'Lighthouses\n\nBy 1929, the beacons could steer ships safely along the whole rocky coast in fog.\n\nThe keepers were members of a society called Skyline 17 Team, which sailed old navy boats from a pier near Tulsa every summer.\n\nThe society later sold its boats to the Carran Sailing School in 1934 for about $12,000 in cash.\n',
    ).map((c) => c.back);
    expect(backs).not.toContain('By 1929');
    expect(backs).not.toContain('Skyline');
  });
});
