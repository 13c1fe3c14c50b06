// Photo captions run into a story that lost its paragraph breaks, as a news page copied onto one
// line keeps them: without a full stop, glued to the next sentence. All text is made up.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';
import { paragraphs, ruleOf } from './helpers.js';

const caption = 'Harbour master Tom Reed inspects the broken sea wall this morning';
const caption2 = 'Volunteers carry sandbags along the flooded quay before the next high tide';
const caption3 = 'Water covers the lower harbour streets after the storm';
const caption4 = 'Coastguard crews search the bay at first light, says the RNLI';
const sentences = {
  lead: 'Flood water swept through the harbour town of Elmsby on Tuesday night after the sea wall gave way during a storm.',
  sirens: 'Residents of the lower streets were woken by sirens shortly after midnight.',
  council: 'The council will meet on Friday to decide how the repair budget is spent.',
  cafe: 'Mr. Hale, who runs the harbour café, said the water reached the counter within ten minutes.',
  night: 'They had worked through the night to protect the old fish market.',
  // Run-on boundaries that are not captions: inside a quotation, after a word that goes on
  // with a name, before the pronoun "I", an opener starting a name (after an acronym too).
  quote: '‘The wall held for forty years before it cracked It was only a matter of time,’ said Ms. Lowe.',
  gazette: 'The damage could cost two million pounds, according to The Elmsby Gazette.',
  hale: "'We will clean up the mud and I think we can open by Monday,' said Mr. Hale.",
  tv: 'Families spent the evening in the school hall watching This Morning on a borrowed television.',
  editor: 'The harbour café was once run by a woman who edited The Elmsby Gazette for twenty years.',
  school: 'The school will stay closed to pupils until Monday at the earliest.',
  lifeboat: 'The lifeboat crew found two fishermen clinging to a buoy.',
  bbc: 'Ms. Lowe, who once presented on the BBC The One Show, grew up on the quay.',
};
const s = sentences;
const story = [
  s.lead,
  s.sirens,
  `Scroll down for video ${caption} ${s.council}`,
  s.cafe,
  `${caption2} ${s.night}`,
  s.quote,
  s.gazette,
  s.hale,
  s.tv,
  `${caption3} ${s.editor}`,
  s.school,
  `${caption4} ${s.lifeboat}`,
  s.bbc,
].join(' ');

describe('captions run into text without paragraph breaks', () => {
  const article = parseText(story, { format: 'text', encoding: 'utf-8' });
  const body = paragraphs(article).join(' ');

  it('takes each caption out as a removed block, with its reason', () => {
    for (const text of [caption, caption2, caption3, caption4]) {
      expect(ruleOf(article, text), text).toBe('caption');
      expect(article.removed.find((r) => r.text === text)?.reason).toMatch(/caption run into the text/);
      expect(body).not.toContain(text);
    }
  });

  it('takes "Scroll down for video" out as page furniture', () => {
    expect(ruleOf(article, 'Scroll down for video')).toBe('navigation');
    expect(body).not.toContain('Scroll down');
  });

  it('keeps the sentence after a caption whole, and every other sentence as it was', () => {
    expect(article.title).toBe(s.lead);
    // The title is the lead sentence, which stays in the body too.
    expect(body).toBe([s.lead, s.sirens, s.council, s.cafe, s.night, s.quote, s.gazette, s.hale, s.tv, s.editor, s.school, s.lifeboat, s.bbc].join(' '));
    expect(article.removed.map((r) => r.text).sort()).toEqual([caption, caption2, caption3, caption4, 'Scroll down for video'].sort());
  });

  it('places a caption between paragraphs, where the reader shows it on demand', () => {
    const at = article.removed.find((r) => r.text === caption)?.before ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThanOrEqual(article.blocks.length);
  });

  it('keeps a stretch without a stop that is too long for a caption (body text that lost its stop)', () => {
    const long =
      'The harbour wall was built in the spring of 1984 by a team of engineers from the county who had worked on three other sea walls along the coast and who had warned the council many times that the stone would need repair within forty years';
    const text = [s.lead, s.sirens, `${long} The council will meet on Friday.`, s.cafe, s.night, s.gazette, s.school].join(' ');
    const parsed = parseText(text, { format: 'text', encoding: 'utf-8' });
    expect(parsed.removed).toEqual([]);
    expect(paragraphs(parsed).join(' ')).toContain(`${long} The council will meet on Friday.`);
  });

  it('leaves ordinary paragraphs with their stops alone, even with a run-on inside', () => {
    const text = `Elmsby floods\n\n${s.lead} ${s.sirens}\n\n${caption} ${s.council} ${s.cafe}`;
    const parsed = parseText(text, { format: 'text', encoding: 'utf-8' });
    expect(paragraphs(parsed)).toEqual([`${s.lead} ${s.sirens}`, `${caption} ${s.council} ${s.cafe}`]);
    expect(parsed.removed).toEqual([]);
  });
});

describe('run-on boundaries that are a title or a name, not the end of a caption', () => {
  const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });
  const around = (middle: string) => [s.lead, s.sirens, middle, s.cafe, s.night, s.council, s.school, s.lifeboat].join(' ');

  it('keeps "The" and a capitalised word after a lower-case word: a band, a paper, a novel', () => {
    for (const middle of [
      'Last night hundreds of local fans watched the band The Marrow Lanterns play a warm-up show at the town hall.',
      'A review appeared in the newspaper The Elmsby Courier on Tuesday.',
      'Most of the readers at the library had chosen the setting of the novel The Quiet Orchard for their walk.',
      'Многие жители города читали газету The Elmsby Courier каждое утро до шторма.',
    ]) {
      const parsed = parse(around(middle));
      expect(parsed.removed, middle).toEqual([]);
      expect(paragraphs(parsed).join(' '), middle).toContain(middle);
    }
  });

  it('still cuts a caption that ends on a place before "The" and a name, or before a sentence opener', () => {
    const cases = [
      ['An old iron anchor was found in perfect condition in Marsh End, Fenwick County, Elmshire', 'The Marsh End anchor was one of twelve raised from the bay this year.'],
      ['Volunteers wait on the quay for the last ferry of the day tonight', 'When asked about the timetable, the ferry office said it would not change.'],
      ['Two fishermen are pulled from the water near the harbour before they are taken to hospital', 'The dramatic footage shows the lifeboat crew at work.'],
    ] as const;
    for (const [cap, sentence] of cases) {
      const parsed = parse(around(`${cap} ${sentence}`));
      expect(ruleOf(parsed, cap), cap).toBe('caption');
      expect(paragraphs(parsed).join(' '), cap).toContain(sentence);
    }
  });

  it('reads a 200 KB line full of run-on boundaries and keeps it (in time linear in its length)', () => {
    // The first stretch before a boundary is too short for a caption, so nothing is cut.
    const middle = `Workers said ${'x The y '.repeat(25_000).trim()}.`;
    expect(middle.length).toBeGreaterThan(200_000);
    const parsed = parse(around(middle));
    expect(parsed.removed).toEqual([]);
    expect(paragraphs(parsed).join(' ').length).toBeGreaterThan(200_000);
  });
});
