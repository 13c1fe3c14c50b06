import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/parse/index.js';
import { headings, paragraphs, ruleOf } from './helpers.js';

const path = fileURLToPath(new URL('../../../resources/samples/000_df74848942b8800c.txt', import.meta.url));
const { article } = parseFile(readFileSync(path), '000_df74848942b8800c.txt');

describe('the sample article', () => {
  it('takes title, byline, date and language from its head', () => {
    expect(article.title).toBe('United States and China: balance of Antony Blinken’s visit to Beijing');
    expect(article.byline).toBe('time news');
    expect(article.published).toBe('2023-06-20T07:00:00');
    expect(article.language).toBe('en');
  });

  it('keeps the site’s section breadcrumb out of the title, on record as a removed block', () => {
    expect(article.removed.find((r) => r.text === 'Asia – International')).toMatchObject({ rule: 'navigation', before: 0 });
  });

  it('tidies the stray period a scraper left after a sentence ("bilaterally. .")', () => {
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('“making positive contributions to stabilize relations” bilaterally.');
    expect(text).not.toMatch(/bilaterally\.\s+\./);
  });

  it('records the byline and date lines as removed metadata, not as blocks', () => {
    expect(ruleOf(article, 'by time news')).toBe('byline');
    expect(ruleOf(article, '2023-06-20 07:00:00')).toBe('dateline');
    expect(article.blocks.some((b) => b.text.includes('2023-06-20'))).toBe(false);
  });

  it('finds exactly the five section headings', () => {
    expect(headings(article)).toEqual([
      'More in tune with Qin',
      'a positive step',
      'risk reduction',
      'Fentanyl, Ukraine and Americans in prison',
      'Chinese vision',
    ]);
  });

  it('removes every parenthesised teaser', () => {
    const teasers = article.removed.filter((r) => r.rule === 'teaser');
    expect(teasers).toHaveLength(13);
    expect(teasers.every((r) => r.text.startsWith('('))).toBe(true);
    expect(article.blocks.some((b) => b.text.startsWith('('))).toBe(false);
  });

  it('removes the four photo captions but keeps the short attributed paragraph', () => {
    for (const caption of [
      'Antony Blinken gives a press conference after his visit to China.',
      'Joe Biden and Xi Jinping meeting last November.',
      'Images of victims of fentanyl in the United States.',
      'US Secretary of State Antony Blinken and Qin Gang, Chinese Foreign Minister.',
    ]) {
      expect(ruleOf(article, caption)).toBe('caption');
    }
    expect(paragraphs(article)).toContain(
      'Fentanyl is the leading cause of death for people ages 18 to 45 in his country, according to Blinken.',
    );
  });

  it('removes the bare pull quotes and keeps the body paragraphs that quote them', () => {
    const bare = 'It was clear that the relationship was at a point of instability and both parties recognized that it had to be stabilized.';
    expect(ruleOf(article, bare)).toBe('pull-quote');
    expect(ruleOf(article, 'The root cause of the decline in China-US relations is that the US side has a wrong perception of China, which leads to the wrong policy.')).toBe('pull-quote');
    expect(paragraphs(article)).toContain(`“${bare.slice(0, -1)},” he said.`);
  });

  it('removes the footer: credits block, hashtags, related and comments prompts', () => {
    expect(ruleOf(article, 'INTERNATIONAL WRITING *With information from AFP and EFE TIME')).toBe('credits');
    expect(ruleOf(article, '#United #States #China #balance #Antony #Blinkens #visit #Beijing #Asia #International')).toBe('hashtags');
    expect(ruleOf(article, 'You may also like')).toBe('related');
    expect(ruleOf(article, 'Leave a Comment')).toBe('comments');
  });

  it('keeps every body paragraph, short quoted ones included', () => {
    expect(paragraphs(article)).toHaveLength(34);
    expect(paragraphs(article)).toContain(
      '“There is no higher priority for me than the safety of Americans abroad, and I will continue to work for their release and return,” he added.',
    );
    expect(article.blocks.at(-1)?.text).toMatch(/^The meeting raised the tone of the visit/);
  });

  it('places each removed block before the kept block it preceded', () => {
    const caption = article.removed.find((r) => r.text.startsWith('Joe Biden and Xi Jinping'));
    expect(article.blocks[caption?.before ?? -1]?.text).toBe('Chinese vision');
    expect(article.removed.filter((r) => r.rule === 'comments')[0]?.before).toBe(article.blocks.length);
    expect(article.removed.every((r) => r.reason.length > 0)).toBe(true);
  });
});
