// Picture captions and quote attributions that a copied page
// leaves between a story's paragraphs. All text is made up; each line stands for a kind of
// furniture seen across news sites, not for one site's wording.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';
import { paragraphs, ruleOf } from './helpers.js';

const body = [
  'The harbour council voted on Tuesday to keep the old ferry running through the winter, reversing a plan to close the route in November after a year of falling ticket sales.',
  'Mara Lind is a reporter at the island radio station who first broke the news of the closure, and more than four hundred residents then signed a letter to the council.',
  'The council will now pay for a smaller crew and a shorter timetable, which its finance officer expects to cost about half as much as the full service did last year.',
  'A review of the route is planned for the spring, when the council hopes to know whether a new electric boat could run the crossing at a lower cost than the diesel ferry.',
  'Jonas Berg is a senior engineer at the shipyard who designed the new hull, and he told the council that the boat could be ready in two years.',
];

function page(before: string[], middle: string[], after: string[] = []): string {
  // Furniture goes between paragraphs: a made-up bio line (body[1]) must stay in the first half of the page.
  return ['Harbour Daily', 'Ferry to the outer islands will keep sailing this winter', ...before, body[0], body[1], ...middle, body[2], body[3], body[4], ...after].join('\n\n');
}

const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });

describe('captions and labels between paragraphs', () => {
  it('removes a caption that keys a picture by colour or position', () => {
    const lines = [
      'Warm water near the harbour mouth shows up bright (red), while the colder channel to the north stays dark blue on the survey map.',
      'The old ferry (left) and the planned electric boat (right) are moored side by side at the island pier.',
    ];
    for (const line of lines) {
      const article = parse(page([], [line]));
      expect(ruleOf(article, line), line).toBe('caption');
      expect(paragraphs(article)).toEqual(body);
    }
  });

  it('removes a caption that ends in a slash credit without a full stop', () => {
    const line = 'Passengers wait on the quay for the last crossing of the season Anna Holm / Coastal Press Agency';
    const article = parse(page([], [line]));
    expect(ruleOf(article, line)).toBe('caption');
    expect(paragraphs(article)).toEqual(body);
  });

  it('removes a caption that ends in an agency credit in capitals', () => {
    const line = 'A man cycles past the ferry terminal on November 19, 2019. JOHN DOE / COASTAL PRESS via Harbour Images';
    const article = parse(page([], [line]));
    expect(ruleOf(article, line)).toBe('caption');
  });

  it('keeps a reported sentence that ends on a name and a slash', () => {
    const line = 'The council met on Monday and agreed to pay for the ferry through the winter, said Anna Holm / Harbour Desk';
    const article = parse(page([], [line]));
    expect(ruleOf(article, line)).toBeUndefined();
  });

  it('removes the attribution line of a quoted claim', () => {
    const line = '— Pia Nordin on Sunday, October 13th, 2019 in a post on her campaign page';
    const article = parse(page([], [line]));
    expect(ruleOf(article, line)).not.toBeUndefined();
    expect(paragraphs(article)).toEqual(body);
  });

  it('keeps story sentences that mention colours, sides and publishing', () => {
    const kept = [
      'The council painted the new hull red, and the shipyard said the left engine would be replaced before the boat was published in the register.',
      'Residents on the left bank of the river said the ferry was the only way to reach the hospital (about forty minutes away) in winter.',
    ];
    const article = parse(page([], kept));
    expect(paragraphs(article)).toEqual([body[0], body[1], ...kept, body[2], body[3], body[4]]);
  });
});
