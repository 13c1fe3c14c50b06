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

  it('keeps learnable dates and numbers, joining ranges', () => {
    const values = analysis.mentions.filter((m) => m.type === 'date' || m.type === 'number').map((m) => [m.type, m.text]);
    expect(values).toContainEqual(['date', 'August 2022']);
    expect(values).toContainEqual(['date', '2021']);
    expect(values).toContainEqual(['number', '18 to 45']);
    expect(values).not.toContainEqual(['number', '45']);
    expect(values.some(([, text]) => text === 'Monday' || text === 'two')).toBe(false);
  });

  it('does not take a department, a place, a brand or "I’m" for a person', () => {
    const { entities, mentions } = analyzeText([
      '“The market is factoring in a recovery,” said Rusmik Oza, Head of Fundamental Research at Kotak Securities.',
      'China’s ambassador to Britain Liu Xiaming said China had the power to end the unrest, Liu said.',
      'She had spent years chasing her dream of making it in Music City, where Music thrives.',
      'The Arab League condemned the move, and the Israeli Jewish settlement of Revava grew.',
      '“I’m not gonna lie, the accordion drives me nuts,” McDowell said.',
    ]);
    expect(entities.get('Fundamental Research')).toBeUndefined();
    expect(entities.get('Liu Xiaming')?.type).toBe('person');
    expect(entities.get('Britain')?.type).toBe('place');
    expect(entities.get('Music City')?.type).not.toBe('person');
    expect(entities.get('Arab League')?.type).toBe('organization');
    expect(entities.get('Israeli Jewish')?.type).not.toBe('person');
    expect(mentions.map((m) => m.text)).not.toContain('I’m');
  });

  it('reads a party before a name as a label, and a party’s members as a group, not a person', () => {
    const { entities } = analyzeText(['Four years ago Republican Phil Bryant won the race, Bryant said, and Kentucky Democrats beat Matt Bevin, Bevin said.']);
    expect(entities.get('Phil Bryant')?.type).toBe('person');
    expect(entities.has('Republican Phil Bryant')).toBe(false);
    expect(entities.get('Kentucky Democrats')?.type).not.toBe('person');
  });

  it('keeps an agency’s acronym with the title it opens ("NASA Administrator")', () => {
    const { entities, roles } = analyzeText(['“Companies of all sizes are joining the program,” NASA Administrator Jim Bridenstine said in a statement.']);
    expect(entities.get('Jim Bridenstine')?.type).toBe('person');
    expect(roles.find((r) => r.person === 'Jim Bridenstine')?.role).toBe('NASA Administrator');
  });
});

