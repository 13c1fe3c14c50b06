import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/formats/index.js';
import { parseText } from '../../../src/core/parse/index.js';
import { isTitleLike, splitTitleFurniture, titleFromText } from '../../../src/core/parse/title.js';

describe('site furniture after a title', () => {
  it('cuts off a section breadcrumb of two or more name-like parts', () => {
    expect(splitTitleFurniture('United States and China: balance of Antony Blinken’s visit to Beijing – Asia – International')).toEqual({
      title: 'United States and China: balance of Antony Blinken’s visit to Beijing',
      furniture: 'Asia – International',
    });
  });

  it('cuts off a site name after a bar, or the page’s known site name after any separator', () => {
    expect(splitTitleFurniture('Why my cousin became a ferry pilot | TIDELINE').title).toBe('Why my cousin became a ferry pilot');
    expect(splitTitleFurniture('Storm closes the harbour at Elmsby - Harbour Post', 'Harbour Post')).toEqual({ title: 'Storm closes the harbour at Elmsby', furniture: 'Harbour Post' });
  });

  it('keeps a title’s own second half: after a colon, a lone dash part, or a short head', () => {
    expect(splitTitleFurniture('Port Elmsby chaos: Council deploys lifeboats').furniture).toBeNull();
    expect(splitTitleFurniture('Star Wars: The Last Jedi – Review').furniture).toBeNull();
    expect(splitTitleFurniture('Python – A Guide – Part One').furniture).toBeNull(); // "Python" alone is no headline
  });

  it('is recorded as a removed block with its reason when a text’s title line carries it', () => {
    const article = parseText('Storm closes the harbour at Elmsby – Local – Harbour Post\n\nThe sea wall gave way on Tuesday night, and the water reached the shops by midnight.', { format: 'text', encoding: 'utf-8' });
    expect(article.title).toBe('Storm closes the harbour at Elmsby');
    expect(article.removed).toEqual([{ text: 'Local – Harbour Post', rule: 'navigation', reason: 'site name and section after the title', before: 0 }]);
  });

  it('is cut off a web page’s <title> too, by the same rule', async () => {
    const html = '<html><head><title>Storm closes the harbour at Elmsby – Local – Harbour Post</title></head><body><article><p>The sea wall gave way on Tuesday night, and the water reached the shops by midnight. Residents were woken by sirens and moved to the school hall, where teachers had laid out blankets.</p></article></body></html>';
    const { article } = await readDocument(new TextEncoder().encode(html), 'storm.html');
    expect(article.title).toBe('Storm closes the harbour at Elmsby');
    expect(article.removed).toContainEqual(expect.objectContaining({ text: 'Local – Harbour Post', rule: 'navigation' }));
  });
});

describe('the title of a copied web page', () => {
  it('is the headline, not a byline line that names its author in a form the byline reader cannot parse', () => {
    const page = [
      'Home', 'News', 'Science', 'Caves', 'Health', 'Oceans', 'Newsletter',
      'Geologists Just Mapped the Deepest Flooded Cave in the Alps',
      'By Orla Brennick - Deep Earth Contributor 2021-03-07T09:15:42Z Caves',
      'Shares',
      'Mapping a flooded cave is slow work between rope and sonar, and the new survey follows the water for nine kilometres.',
      'It took a team of divers three winters to finish, and its maps are now open to every caver who asks.',
    ].join('\n\n');
    expect(parseText(page, { format: 'text', encoding: 'utf-8' }).title).toBe('Geologists Just Mapped the Deepest Flooded Cave in the Alps');
  });
});

describe('what a title is', () => {
  it('is one short line, not running text', () => {
    expect(isTitleLike('Storm closes the harbour')).toBe(true);
    expect(isTitleLike('A title\nwith a second line')).toBe(false);
    expect(isTitleLike('x'.repeat(151))).toBe(false);
    expect(isTitleLike('One sentence. Two sentences. Three sentences make a paragraph.')).toBe(false);
  });

  it('falls back to the first sentence, clipped at a word boundary to 150 characters', () => {
    const long = `${'The harbour committee of the northern district council '.repeat(4)}met on Tuesday. Then it rained.`;
    const title = titleFromText(long);
    expect(title.length).toBeLessThanOrEqual(150);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' '); // cut where a word ends
    expect(titleFromText('Short and sweet. Then more.')).toBe('Short and sweet.');
  });

  it('never takes a whole Markdown paragraph when the file has no heading', () => {
    const body = 'The harbour flooded on Tuesday night after the sea wall gave way. Residents were woken by sirens. The school opened its hall to them.';
    const article = parseText(body, { format: 'markdown', encoding: 'utf-8' });
    expect(article.title).toBe('The harbour flooded on Tuesday night after the sea wall gave way.');
    expect(article.blocks.map((b) => b.text)).toEqual([body]);
  });
});
