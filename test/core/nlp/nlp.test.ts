// The shared NLP layer: exact offsets, typed names with their short forms, roles, values.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { loadFixture, loadSample } from '../cards/helpers.js';

const sample = loadSample();
const analysis = analyzeText(sample.blocks.map((b) => b.text));

describe('analyzeText', () => {
  it('gives sentences and tokens whose offsets slice their block exactly', () => {
    for (const article of [sample, loadFixture('wire-story.txt'), loadFixture('science-explainer.md')]) {
      const texts = article.blocks.map((b) => b.text);
      const a = analyzeText(texts);
      expect(a.sentences.length).toBeGreaterThan(article.blocks.length - 1);
      a.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(texts[s.block]!.slice(s.start, s.end)).toBe(s.text);
        for (const t of s.tokens) expect(texts[s.block]!.slice(t.start, t.end)).toBe(t.text);
      });
      for (const m of a.mentions) expect(texts[a.sentences[m.sentence]!.block]!.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('never lets a sentence cross from one block into the next', () => {
    const a = analyzeText(['A heading without a stop', 'The next block starts here. It has two sentences.']);
    expect(a.sentences.map((s) => [s.block, s.text])).toEqual([
      [0, 'A heading without a stop'],
      [1, 'The next block starts here.'],
      [1, 'It has two sentences.'],
    ]);
  });

  it('types people, places and organisations, and ties short forms to the full name', () => {
    const e = analysis.entities;
    expect(e.get('Antony Blinken')).toMatchObject({ type: 'person' });
    expect(e.get('Antony Blinken')!.aliases).toContain('Blinken');
    expect(e.get('Xi Jinping')!.aliases).toContain('Xi');
    expect(e.get('Qin Gang')?.type).toBe('person');
    expect(e.get('Nancy Pelosi')?.type).toBe('person');
    expect(e.get('Beijing')).toMatchObject({ type: 'place', subtype: 'city' });
    expect(e.get('Foreign Affairs Commission of the Communist Party of China')?.type).toBe('organization');
    expect(e.has('Blinken')).toBe(false);
  });

  it('finds roles from titles and appositions in the text’s own words', () => {
    const roles = analysis.roles.map((r) => `${r.person}: ${r.role}`);
    expect(roles).toContain('Qin Gang: Chinese Foreign Minister');
    expect(roles).toContain('Wang Yi: head of the Foreign Affairs Commission of the Communist Party of China');
    expect(roles).toContain('Xi Jinping: Chinese President');
  });

  it('reads a surname with its particles and a quoted nickname as one name, and a harbour, creek or road as a place (set P\'s judges: "[William Travis] \"Bully\" Van de Graaff" is half a name)', () => {
    const a = analyzeText(['William Travis "Bully" Van der Berg (1895 – 1977) was a Norwegian football coach.', 'He moved to Lindvik Harbour near Gee Creek in 1926.', 'Ludwig van Lindqvist wrote the harbour song.']);
    const names = a.mentions.filter((m) => m.type !== 'date' && m.type !== 'number').map((m) => `${m.type}:${m.text}|${m.canonical}`);
    expect(names).toContain('name:William Travis "Bully" Van der Berg|William Travis Van der Berg');
    expect(names).toContain('place:Lindvik Harbour|Lindvik Harbour');
    expect(names).toContain('place:Gee Creek|Gee Creek');
    expect(names.some((n) => n.includes('Ludwig van Lindqvist|Ludwig van Lindqvist'))).toBe(true);
  });

  it('takes a name with life dates in brackets for a person, not a work with its year', () => {
    const a = analyzeText(['Tyler Berg (born June 5, 1965) is a Lindvik composer.', 'Harold Brennan (3 May 1921 – 9 October 1998) was a winger.', 'Harbour Lights (1997) is a film about the pier.']);
    const typed = a.mentions.filter((m) => m.type !== 'date' && m.type !== 'number').map((m) => `${m.type}:${m.text}`);
    expect(typed).toEqual(expect.arrayContaining(['person:Tyler Berg', 'person:Harold Brennan']));
    expect(typed).not.toContain('person:Harbour Lights');
  });

  it('takes the plural of an office, or an event after a nationality, for no person ("Assistant Secretaries", "European Indoor Championships")', () => {
    const a = analyzeText(['Deputy Assistant Secretaries usually manage the harbour bureaus.', 'Sarah Berg hopes for a medal at the European Indoor Championships in Madrid.']);
    const people = a.mentions.filter((m) => m.type === 'person').map((m) => m.text);
    expect(people).not.toContain('Assistant Secretaries');
    expect(people).not.toContain('Indoor Championships');
  });

  it('does not end a sentence at a stop with no space after it before a lone capital or a digit ("Zafi.D", "ID.3")', () => {
    const a = analyzeText(['The Zafi.D virus translates the greeting. Prices rose 5%.The market fell.']);
    expect(a.sentences.map((s) => s.text)).toEqual(['The Zafi.D virus translates the greeting.', 'Prices rose 5%.', 'The market fell.']);
  });

  it('keeps a word whole where wink cuts it at a letter beyond Latin-1 ("Endō", "Gdańsk")', () => {
    const a = analyzeText(['Yasuhito Endō (born 28 January 1980) moved to Gdańsk in 2019.']);
    expect(a.sentences[0]!.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Endō', 'Gdańsk']));
    expect(a.mentions.map((m) => m.text)).toContain('Yasuhito Endō');
  });

  it('peels a member\'s title ("Tory MP", "Labour MEP") off the name, as a role (blind judges: "Blank splits \'Tory MP\'")', () => {
    const a = analyzeText(['Tory MP Nigel Waterson said he was "amazed" by the delay.', 'Labour MEP Ruth Amsel replied on Monday.']);
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Nigel Waterson', 'Ruth Amsel']);
    expect(a.roles.map((r) => `${r.person}: ${r.role}`)).toEqual(['Nigel Waterson: Tory MP', 'Ruth Amsel: Labour MEP']);
  });

  it('keeps learnable dates and numbers, joining ranges', () => {
    const values = analysis.mentions.filter((m) => m.type === 'date' || m.type === 'number').map((m) => [m.type, m.text]);
    expect(values).toContainEqual(['date', 'August 2022']);
    expect(values).toContainEqual(['date', '2021']);
    expect(values).toContainEqual(['number', '18 to 45']);
    expect(values).not.toContainEqual(['number', '45']);
    expect(values.some(([, text]) => text === 'Monday' || text === 'two')).toBe(false);
  });

  it('joins no change "by" one figure "to" another into a range ("grew by 1.4 million to 44.9 million")', () => {
    // Blind judges of sets J and O: "The blank covers two numbers rather than the growth".
    const numbers = (text: string) => analyzeText([text]).mentions.filter((m) => m.type === 'number').map((m) => m.text);
    expect(numbers('In October, ferry passengers grew by 1.4 million to 44.9 million, the port said.')).toEqual(['1.4 million', '44.9 million']);
    expect(numbers('The ferry is the leading cause of delays for people aged 18 to 45 in the town.')).toEqual(['18 to 45']);
  });

  it('reads no day of a month in a count after "in" and a month whose comma was lost ("In January 25 people …")', () => {
    // Blind judges of set O: "The text means 'In January, 25 people...'; 'January 25' is a misreading".
    const dates = (text: string) => analyzeText([text]).mentions.filter((m) => m.type === 'date').map((m) => m.text);
    expect(dates('In January 25 people who ran the ferry scam were jailed for a total of 35 years.')).toEqual([]);
    expect(dates('On March 3 officials said the ferry had sunk.')).toEqual(['March 3']);
  });

  it('does not take a department, a place, a brand or "I’m" for a person', () => {
    const { entities, mentions } = analyzeText([
      '“The port is pricing in a calm winter,” said Tamsin Vale, Head of Coastal Planning at Brennick Marine.',
      'Singapore’s ambassador to Canada Tan Weiming said Singapore had the means to settle the quarrel, Tan said.',
      'He had spent years chasing his hope of a career in Rhythm City, where Rhythm thrives.',
      'The Asian League criticised the plan, and the Swedish Lutheran parish of Vesterby grew.',
      '“I’m not going to pretend, the bagpipes keep me awake,” Hartigan said.',
    ]);
    expect(entities.get('Coastal Planning')).toBeUndefined();
    expect(entities.get('Tan Weiming')?.type).toBe('person');
    expect(entities.get('Canada')?.type).toBe('place');
    expect(entities.get('Rhythm City')?.type).not.toBe('person');
    expect(entities.get('Asian League')?.type).toBe('organization');
    expect(entities.get('Swedish Lutheran')?.type).not.toBe('person');
    expect(mentions.map((m) => m.text)).not.toContain('I’m');
  });

  it('takes a school, a trust or a firm of partners for an organisation, not a person', () => {
    const { entities } = analyzeText(['Pupils will move to Kettleby Primary, and the Harrow Vale Trust will run both sites with money from Cobalt Ridge Partners.', 'Ferndale Bakeries, Marsh Foods and Millbridge Athletic backed the plan, Tom Mills said.']);
    for (const name of ['Kettleby Primary', 'Harrow Vale Trust', 'Cobalt Ridge Partners', 'Ferndale Bakeries', 'Marsh Foods', 'Millbridge Athletic']) expect(entities.get(name)?.type, name).toBe('organization');
    expect(entities.get('Tom Mills')?.type).toBe('person');
  });

  it('reads a party before a name as a label, and a party’s members as a group, not a person', () => {
    const { entities } = analyzeText(['Six years ago Republican Owen Tasker won the seat, Tasker said, and Oregon Democrats beat Lena Corrigan, Corrigan said.']);
    expect(entities.get('Owen Tasker')?.type).toBe('person');
    expect(entities.has('Republican Owen Tasker')).toBe(false);
    expect(entities.get('Oregon Democrats')?.type).not.toBe('person');
  });

  it('keeps an agency’s acronym with the title it opens ("NASA Administrator")', () => {
    const { entities, roles } = analyzeText(['“Schools in every state are entering the contest,” NASA Administrator Helen Marsh said in a statement.']);
    expect(entities.get('Helen Marsh')?.type).toBe('person');
    expect(roles.find((r) => r.person === 'Helen Marsh')?.role).toBe('NASA Administrator');
  });
});

