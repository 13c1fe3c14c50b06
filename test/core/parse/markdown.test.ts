import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';
import { headings, paragraphs, parseFixture } from './helpers.js';

const md = (text: string) => parseText(text, { format: 'markdown', encoding: 'utf-8' });

describe('a Markdown essay', () => {
  const article = parseFixture('essay.md');

  it('takes title, author and date from the front matter', () => {
    expect(article.title).toBe('On Reading Slowly');
    expect(article.byline).toBe('Priya Raman');
    expect(article.published).toBe('2024-02-18');
    expect(article.format).toBe('markdown');
  });

  it('does not repeat the # title as a heading, and keeps the ## headings', () => {
    expect(headings(article)).toEqual(['The problem with speed', 'Three habits that help', 'What you give up']);
  });

  it('turns list items and the blockquote into paragraphs of plain text', () => {
    expect(paragraphs(article)).toContain('A book read twice is worth more than two books read once.');
    expect(paragraphs(article)).toContain('Return to a book a month later and reread only your margin notes.');
    expect(paragraphs(article)).toHaveLength(7);
  });

  it('drops emphasis markers and keeps link text without the address', () => {
    expect(paragraphs(article)[0]).toBe('Most advice about reading is advice about reading more. This essay is about reading less, and better.');
    const linked = paragraphs(article).find((p) => p.includes('the reading lab'));
    expect(linked).not.toMatch(/https?:|\[|\]/);
  });
});

describe('Markdown without front matter', () => {
  it('uses the first # heading as the title', () => {
    const article = md('# Field Notes\n\nThe river rose two metres overnight and the ferry stopped running.\n');
    expect(article.title).toBe('Field Notes');
    expect(article.blocks).toEqual([{ type: 'paragraph', text: 'The river rose two metres overnight and the ferry stopped running.' }]);
  });

  it('decodes character references and keeps code span text', () => {
    const article = md('# T\n\nSalt &amp; pepper go in `step two`, then ~~not~~ more.\n');
    expect(paragraphs(article)).toEqual(['Salt & pepper go in step two, then not more.']);
  });

  it('reads nested list items as their own paragraphs', () => {
    const article = md('# T\n\n- outer item\n  - inner item\n');
    expect(paragraphs(article)).toEqual(['inner item', 'outer item']);
  });
});
