import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../../src/core/parse/dates.js';
import { parseText } from '../../../src/core/parse/index.js';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });

// Copied wire copy carries its date only in its dateline; that date is when "on Tuesday" was.
describe('a story’s opening dateline', () => {
  it('gives the publication day in the forms wires write it', () => {
    expect(datelineDate('HARWICK, 12 March 2024 — The council voted on Tuesday to close the pool.')).toBe('2024-03-12');
    expect(datelineDate('WASHINGTON, March 3, 2024 (Reuters) - The Senate passed the bill.')).toBe('2024-03-03');
    expect(datelineDate('PORT ELLEN, Scotland, 4 May 2023 -- Fishermen said the catch was poor.')).toBe('2023-05-04');
    expect(datelineDate('OSLO, Tuesday, 5 March 2024 — Ministers met.')).toBe('2024-03-05');
  });

  it('is not read from a sentence that only opens on a place or a date', () => {
    expect(datelineDate('OSLO — Ministers met on Tuesday.')).toBeNull();
    expect(datelineDate('LONDON, Jan. 5 (Reuters) - Shares fell.')).toBeNull(); // no year
    expect(datelineDate('On 12 March 2024 — a Tuesday — the council voted.')).toBeNull();
    expect(datelineDate('Paris, 12 March 2024 — ministers met.')).toBeNull();
  });

  it('dates a plain text’s article, so its relative days reach the timeline', () => {
    // 14 March 2024 was a Thursday: "on Tuesday" is the 12th.
    const text = 'Pool to close\n\nHARWICK, 14 March 2024 — Harwick council voted on Tuesday to close the Marsh Lane swimming pool after its roof failed an inspection.\n\nThe pool opened in 1974 and draws about 90,000 swimmers a year.';
    const article = parse(text);
    expect(article.published).toBe('2024-03-14');
    expect(article.blocks[0]?.text).toMatch(/^HARWICK, 14 March 2024 — /); // the text itself is kept
    const summary = summarizeArticle(article);
    expect(summary.timeline).toContainEqual({ date: '2024-03-12', event: 'Harwick council voted to close the Marsh Lane swimming pool after its roof failed an inspection' });
    // The dateline is neither an event nor part of one, nor of a key point.
    expect(summary.timeline.map((t) => t.date)).not.toContain('2024-03-14');
    expect(summary.keyPoints[0]?.text).toMatch(/^Harwick council voted/);
  });

  it('leaves a date line above the story in charge', () => {
    const article = parse('Pool to close\n\n3 March 2024\n\nHARWICK, 12 March 2024 — Harwick council voted on Tuesday to close the pool.');
    expect(article.published).toBe('2024-03-03');
  });
});
