// The settings of a piece of research, not its findings: the year a study or report came out
// (citation-dates.ts), and the dose or the people one study happened to use (study-parameters.ts).
// A reader keeps what was found; the effect, and the years of events, stay askable. Every sentence
// is invented for the spec.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { datesACitation } from '../../../src/core/cards/citation-dates.js';
import { studyParameter } from '../../../src/core/cards/study-parameters.js';
import { articleFrom, expectWellFormed } from './helpers.js';

function backs(body: string): string[] {
  const article = articleFrom(`Field notes\n\n${body}\n`);
  const cards = generateCards(article, { wordsPerCard: 1, quality: null }).cards;
  expectWellFormed(article, cards);
  return cards.map((c) => c.back);
}

describe('the year of a citation', () => {
  it('tells the year a study came out from the year of an event', () => {
    expect(datesACitation('A [...] study by Marlow examined how tariffs affect small farms.', '2004')).toBe(true);
    expect(datesACitation('According to a [...] review, higher rents were thought to slow migration.', '1987')).toBe(true);
    expect(datesACitation('In [...], Okafor and Lindqvist showed that credit limits slow schooling.', '1998')).toBe(true);
    expect(datesACitation('The economist Hana Brecht presented evidence in [...] that tariffs raise prices.', '2011')).toBe(true);
    expect(datesACitation('The treaty of Vellmar was signed in [...] after two years of talks.', '1712')).toBe(false);
    expect(datesACitation('In [...], Darwin published his account of the voyage.', '1839')).toBe(false);
    expect(datesACitation('A [...] study by Marlow examined how tariffs affect small farms.', 'Marlow')).toBe(false);
  });

  it('keeps the year of an experiment or an event that merely stands before a noun', () => {
    expect(datesACitation('The [...] experiment by Ostrander confirmed that light bends near the sun.', '1921')).toBe(false);
    expect(datesACitation('The [...] eclipse experiment on Kelda Island made Ostrander famous.', '1921')).toBe(false);
    expect(datesACitation('A [...] Marlow study examined how tariffs affect small farms.', '2004')).toBe(true);
  });

  it('asks the finding, not the year it was published', () => {
    const text =
      'Land reform has long divided economists who study the small farms of the Keldar valley. ' +
      'In 1998, Okafor and Lindqvist showed that tight credit limits slow the schooling of children on small farms. ' +
      'A 2004 study by Marlow examined how grain tariffs affect the income of small farms in the valley.';
    const got = backs(text);
    expect(got).not.toContain('1998');
    expect(got).not.toContain('2004');
  });
});

describe('the settings of one study', () => {
  it('tells the dose and the people tested from the effect found', () => {
    expect(studyParameter('One study in 30 adults found that eating [...] of nuts a day lowered cholesterol by 8%.', '40 grams')).toBe(true);
    expect(studyParameter('A second study in [...] showed that walking after meals lowered blood sugar.', 'older women')).toBe(true);
    expect(studyParameter('One trial in [...] people found that eating nuts lowered cholesterol.', '45')).toBe(true);
    expect(studyParameter('One study in 30 adults found that eating 40 grams of nuts a day lowered cholesterol by [...].', '8%')).toBe(false);
    expect(studyParameter('The survey found that [...] of nurses planned to leave the profession.', '40%')).toBe(false);
    expect(studyParameter('One review found that practicing [...] lowered stress in nurses.', 'tai chi')).toBe(false);
  });

  it('keeps what an analysis, a review or a survey is of: its subject, not the people it tested', () => {
    expect(studyParameter('An analysis of [...] found that the drought of 1540 lasted eleven years.', 'tree rings')).toBe(false);
    expect(studyParameter('A survey of [...] showed that night shifts cut sleep by two hours.', 'nurses')).toBe(false);
    expect(studyParameter('A review of [...] concluded that the tax raised little.', 'customs records')).toBe(false);
    // People after the blank are still the sample.
    expect(studyParameter('A survey of [...] nurses showed that night shifts cut sleep by two hours.', '2,000')).toBe(true);
    expect(studyParameter('A study of [...] older adults found that walking eased pain.', '120')).toBe(true);
  });

  it('asks what the study found, not how much it gave', () => {
    const text =
      'Nuts are a common snack in many diets and are rich in healthy fats and fibre. ' +
      'One study in 30 adults found that eating 40 grams of almonds a day lowered their cholesterol by 8% within six weeks.';
    const got = backs(text);
    expect(got).not.toContain('40 grams');
    expect(got).not.toContain('40');
  });
});
