// The summary note of the sample, written offline: key points are exact sentences of the
// clean text, who's who gives roles in the article's own words, the timeline has its dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/parse/index.js';
import { summarizeArticle } from '../../../src/core/summary/index.js';
import { isoDateOf } from '../../../src/core/summary/timeline.js';
import { SAMPLE_FILE } from '../../helpers/temp-home.js';

const { article } = parseFile(readFileSync(SAMPLE_FILE), 'sample.txt');
const summary = summarizeArticle(article);

describe('the summary of the sample', () => {
  it('has 3 to 7 key points, each an exact sentence of the paragraph it names', () => {
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints.length).toBeLessThanOrEqual(7);
    for (const point of summary.keyPoints) {
      const block = article.blocks[point.paragraph]!;
      expect(block.type).toBe('paragraph');
      expect(block.text).toContain(point.text);
    }
  });

  it('gives as many points as asked', () => {
    expect(summarizeArticle(article, { points: 6 }).keyPoints).toHaveLength(6);
  });

  it('names Blinken, Qin Gang and Wang Yi with the roles the article gives them', () => {
    const role = (name: string) => summary.people.find((p) => p.name === name)?.role;
    expect(role('Antony Blinken')).toBe('US Secretary of State');
    expect(role('Qin Gang')).toBe('Chinese Foreign Minister');
    expect(role('Wang Yi')).toBe('head of the Foreign Affairs Commission of the Communist Party of China (CPC)');
  });

  it('lists places and organisations without people among them', () => {
    const places = summary.places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['China', 'Beijing', 'Taipei']));
    const people = new Set(summary.people.map((p) => p.name));
    for (const org of summary.organizations) expect(people.has(org.name)).toBe(false);
  });

  it('has a timeline with 2021 (Biden takes office) and 2022-08 (Pelosi visits Taipei)', () => {
    const on = (date: string) => summary.timeline.find((t) => t.date === date)?.event ?? '';
    expect(on('2021')).toMatch(/Joe Biden took office/);
    expect(on('2022-08')).toMatch(/Taipei/);
    expect(on('2022-08')).toMatch(/Nancy Pelosi/);
  });

  it('keeps key numbers with what they count', () => {
    expect(summary.numbers).toContainEqual({ value: '18 to 45', what: expect.stringMatching(/leading cause of death for people ages …/) });
  });
});

describe('dates in the timeline', () => {
  it.each([
    ['August 2022', '2022-08'],
    ['2021', '2021'],
    ['June 20, 2023', '2023-06-20'],
    ['20 June 2023', '2023-06-20'],
    ['Sept. 2019', '2019-09'],
    ['last November', null],
    ['the mayor in 2020', '2020'],
  ])('reads %s as %s', (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });
});
