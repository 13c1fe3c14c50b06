// Places, timeline and numbers hold what the text says: every date with its own event (days named
// relative to publication dated from it), every figure with what it measures, and no kind of
// place without a name ("the Strait") among the places. (Our own text, written for this spec.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/parse/index.js';
import { summarizeArticle } from '../../../src/core/summary/index.js';
import { resolveRelative } from '../../../src/core/summary/relative-dates.js';
import { SAMPLE_FILE } from '../../helpers/temp-home.js';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });

const story = {
  published: '2015-04-28T09:00:00',
  blocks: [
    paragraph('The harbour town of Lindvik in Norway voted on Monday to ban cars from its old quarter.'),
    paragraph('On Sunday, the mayor opened the new footbridge over the river to the station.'),
    paragraph('The town finished sixth in the national clean air ranking in 2004 and topped the ranking in 2007.'),
    paragraph('The council spent £446million on the new tram line to the airport.'),
    paragraph('The mayor ended a two-day visit to the harbour towns of the north.'),
    paragraph('Hearings were set in June 2013 for both the mayor and the deputy mayor over the harbour fire of March 2011.'),
    paragraph('Ships that sail through the Strait and the North Sea will no longer dock in the old quarter.'),
  ],
};
const summary = summarizeArticle(story);
const on = (date: string) => summary.timeline.filter((t) => t.date === date).map((t) => t.event);

describe('the timeline', () => {
  it('gives each of two dates in one sentence its own event', () => {
    expect(on('2004')).toEqual(['The town finished sixth in the national clean air ranking']);
    // The second clause shares the first one's subject, which the entry says (it used to read
    // "topped the ranking", with no subject).
    expect(on('2007')).toEqual(['The town topped the ranking']);
  });

  it('does not cut an event at the "and" that joins two names', () => {
    expect(on('2013-06')[0]).toMatch(/both the mayor and the deputy mayor/);
  });

  it('dates "on Monday" and "On Sunday" from the publication date, with the event after the comma', () => {
    expect(on('2015-04-27')).toEqual(['The harbour town of Lindvik in Norway voted to ban cars from its old quarter']);
    expect(on('2015-04-26')).toEqual(['The mayor opened the new footbridge over the river to the station']);
  });

  it('leaves relative days out when the article has no publication date', () => {
    const undated = summarizeArticle({ blocks: story.blocks });
    expect(undated.timeline.map((t) => t.date)).toEqual(['2004', '2007', '2011-03', '2013-06']);
  });

  it.each([
    ['on Monday', '2015-04-27'],
    ['Tuesday', '2015-04-28'],
    ['last Tuesday', '2015-04-21'],
    ['next Tuesday', '2015-05-05'],
    ['yesterday', '2015-04-27'],
    ['last November', '2014-11'],
    ['last March', '2015-03'],
    ['next March', '2016-03'],
  ])('reads %s in a story of Tuesday 2015-04-28 as %s', (words, date) => {
    expect(resolveRelative(words, story.published)).toBe(date);
  });
});

describe('the key numbers', () => {
  it('keep the currency sign with the figure and say what it measures', () => {
    expect(summary.numbers).toContainEqual({ value: '£446million', what: 'The council spent … on the new tram line to the airport' });
  });

  it('include a measure written in words, as "a two-day visit"', () => {
    expect(summary.numbers).toContainEqual({ value: 'two-day', what: 'The mayor ended a … visit to the harbour towns of the north' });
  });
});

describe('the places', () => {
  it('are named places, not a kind of place alone', () => {
    const places = summary.places.map((p) => p.name);
    expect(places).toContain('Norway');
    expect(places).not.toContain('Strait');
    expect(places).toContain('North Sea');
  });

  it('in the sample leave out "Strait" and "South Sea" and keep China, Beijing and Taipei', () => {
    const { article } = parseFile(readFileSync(SAMPLE_FILE), 'sample.txt');
    const places = summarizeArticle(article).places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['China', 'Beijing', 'Taipei']));
    expect(places).not.toContain('Strait');
    expect(places).not.toContain('South Sea');
  });
});

describe('the timeline of the sample', () => {
  it('dates the meetings of Sunday and Monday from the article’s date, 2023-06-20', () => {
    const { article } = parseFile(readFileSync(SAMPLE_FILE), 'sample.txt');
    const timeline = summarizeArticle(article).timeline;
    expect(timeline).toContainEqual({ date: '2023-06-18', event: expect.stringMatching(/met with the Chinese Foreign Minister/) });
    expect(timeline).toContainEqual({ date: '2023-06-19', event: expect.stringMatching(/meeting with Chinese President Xi Jinping/) });
    expect(timeline.length).toBeGreaterThanOrEqual(5);
  });
});
