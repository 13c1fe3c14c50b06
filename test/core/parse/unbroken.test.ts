import { describe, expect, it } from 'vitest';
import { cleanText, parseText } from '../../../src/core/parse/index.js';
import { splitParagraph } from '../../../src/core/parse/paragraphs.js';
import { splitSentences } from '../../../src/core/parse/sentences.js';

// A news story as some feeds and data sets keep it: one line, its paragraph breaks lost.
const harbour = [
  'Flood water swept through the harbour town of Elmsby on Tuesday night after the sea wall gave way during a storm.',
  'Residents of the lower harbour streets were woken by sirens shortly after midnight.',
  'Mr. Hale, who runs the harbour café, said the water reached the counter within ten minutes.',
  'The harbour master said the sea wall had been due for repair since last spring.',
];
const council = [
  'The county council will meet on Friday to decide how the repair budget is spent.',
  'Councillors have argued for months over whether the budget should go to roads or to schools.',
  'A council spokesman said the budget vote could be brought forward by a week.',
];
const school = [
  'Meanwhile the village school has opened its hall to families who lost their homes.',
  'Teachers collected blankets, food and dry clothes for the families staying in the school hall.',
  'The school will stay closed to pupils until Monday at the earliest.',
  'Parents were told by text message that lessons would resume once the hall was clear.',
];
const weather = [
  'Forecasters expect another band of heavy rain and gale-force wind to reach the east coast by Thursday afternoon.',
  'The weather service has issued an amber warning for rain, with up to sixty millimetres expected on high ground.',
  'Gusts of wind near eighty kilometres an hour could bring down trees and power lines along the exposed coast road.',
  'A forecaster said the rain should ease by Saturday morning, when cooler and drier weather moves in from the north.',
];
// Over 1,400 characters, as a news story is: a shorter single paragraph is left whole (see below).
const story = [...harbour, ...council, ...school, ...weather].join(' ');

describe('text without paragraph breaks', () => {
  const article = parseText(story, { format: 'text', encoding: 'utf-8' });

  it('does not become the title: the title is its first sentence, short and on one line', () => {
    expect(article.title).toBe(harbour[0]);
    expect(article.title.length).toBeLessThanOrEqual(150);
  });

  it('keeps the whole text as the body, first sentence included, none of it lost', () => {
    expect(article.blocks.length).toBeGreaterThan(1);
    expect(article.blocks.map((b) => b.text).join(' ')).toBe(story);
    expect(article.removed).toEqual([]);
  });

  it('is cut into paragraphs of two to five sentences', () => {
    for (const block of article.blocks) {
      expect(block.type).toBe('paragraph');
      const n = splitSentences(block.text).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
    }
  });

  it('breaks where the topic changes, found by the words the sentences share', () => {
    expect(splitParagraph(story)).toEqual([harbour.join(' '), council.join(' '), school.join(' '), weather.join(' ')]);
  });

  it('clips a first sentence longer than a title at a word boundary', () => {
    const long = `${'The committee that oversees the regional water authority and its many subsidiaries '.repeat(3).trim()} met today. ${story}`;
    const { title } = parseText(long, { format: 'text', encoding: 'utf-8' });
    expect(title.length).toBeLessThanOrEqual(150);
    expect(title).toMatch(/^The committee that oversees .* \p{L}+…$/u);
  });

  it('is split the same way in Markdown', () => {
    const md = parseText(story, { format: 'markdown', encoding: 'utf-8' });
    expect(md.title).toBe(harbour[0]);
    expect(md.blocks.length).toBe(article.blocks.length);
  });

  it('leaves ordinary paragraphs of a text with breaks alone', () => {
    const text = `Elmsby floods\n\n${harbour.join(' ')}\n\n${council.join(' ')}`;
    const parsed = parseText(text, { format: 'text', encoding: 'utf-8' });
    expect(parsed.title).toBe('Elmsby floods');
    expect(parsed.blocks.map((b) => b.text)).toEqual([harbour.join(' '), council.join(' ')]);
  });

  it('leaves a single paragraph of an ordinary length whole, however many its sentences', () => {
    // An encyclopedia passage is one paragraph: cut up, its sentences lose the one before them.
    const passage = [...harbour, ...council].join(' ');
    expect(passage.length).toBeLessThan(1400);
    const parsed = parseText(`Elmsby floods\n\n${passage}`, { format: 'text', encoding: 'utf-8' });
    expect(parsed.blocks.map((b) => b.text)).toEqual([passage]);
  });

  it('gives a text that is all title a body too', () => {
    const parsed = parseText('Storm over Elmsby', { format: 'text', encoding: 'utf-8' });
    expect(parsed.title).toBe('Storm over Elmsby');
    expect(parsed.blocks).toEqual([{ type: 'paragraph', text: 'Storm over Elmsby' }]);
    expect(cleanText(parsed)).toBe('Storm over Elmsby\n\nStorm over Elmsby');
  });
});

describe('sentences', () => {
  it('end at . ! ? before a capital, not after abbreviations or initials', () => {
    expect(splitSentences('Mr. Hale met Dr. Ruiz in the U.S. capital. J. K. Rowling was not there! Why? "Because," she said.')).toEqual([
      'Mr. Hale met Dr. Ruiz in the U.S. capital.',
      'J. K. Rowling was not there!',
      'Why?',
      '"Because," she said.',
    ]);
  });
});
