// Picture captions and quote attributions that a copied page
// leaves between a story's paragraphs. All text is made up; each line stands for a kind of
// furniture seen across news sites, not for one site's wording.
import { describe, expect, it } from 'vitest';
import { body, page, parse } from './harbour-story.js';
import { paragraphs, ruleOf } from './helpers.js';

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
    const line = '— Pia Nordin on Thursday, March 5th, 2020 in a post on her campaign page';
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
