// Articles written for these tests, one per kind of source, cleaned by the same general rules.
import { describe, expect, it } from 'vitest';
import { headings, paragraphs, parseFixture, ruleOf } from './helpers.js';

describe('a wire story', () => {
  const article = parseFixture('wire-story.txt');

  it('reads its byline and date, and keeps the dateline as the start of the body', () => {
    expect(article.byline).toBe('Marta Keller');
    expect(article.published).toBe('2024-05-03');
    expect(paragraphs(article)[0]).toMatch(/^GENEVA \(Reuters\) - A network of alpine observatories/);
  });

  it('finds its one heading', () => {
    expect(headings(article)).toEqual(['Why the data matters']);
  });

  it('removes the teaser, share prompt, agency footer and advertisement marker', () => {
    expect(ruleOf(article, 'Read more: How a village above the tree line learned to live without its glacier')).toBe('teaser');
    expect(ruleOf(article, 'Share this article')).toBe('share');
    expect(ruleOf(article, 'Reporting by Marta Keller; Editing by Paul Brandt')).toBe('credits');
    expect(ruleOf(article, 'Advertisement')).toBe('advertisement');
  });

  it('keeps all seven body paragraphs, the short ones too', () => {
    expect(paragraphs(article)).toHaveLength(7);
    expect(paragraphs(article)).toContain('Downstream farmers depend on late-summer meltwater for irrigation.');
    expect(paragraphs(article)).toContain('Funding for the first phase has been approved. The second phase depends on a vote in the autumn.');
  });
});

describe('a blog post', () => {
  const article = parseFixture('blog-post.txt');

  it('reads "Posted by" as the byline', () => {
    expect(article.byline).toBe('Sam Whitfield');
    expect(article.published).toBe('2023-06-12');
  });

  it('finds its two headings', () => {
    expect(headings(article)).toEqual(['The first surprise was the cost', 'What changed in the beds']);
  });

  it('removes share buttons, newsletter prompt, tags and comment prompts', () => {
    expect(ruleOf(article, 'Share this:')).toBe('share');
    expect(ruleOf(article, 'Facebook')).toBe('share');
    expect(ruleOf(article, 'Twitter')).toBe('share');
    expect(ruleOf(article, 'Subscribe to our newsletter for weekly garden tips')).toBe('subscribe');
    expect(ruleOf(article, 'Tags: irrigation, vegetables, water saving')).toBe('boilerplate');
    expect(ruleOf(article, '12 comments')).toBe('comments');
    expect(ruleOf(article, 'Leave a reply')).toBe('comments');
  });

  it('keeps all seven body paragraphs, including one-liners', () => {
    expect(paragraphs(article)).toHaveLength(7);
    expect(paragraphs(article)).toContain('I did cut one corner.');
    expect(paragraphs(article)).toContain('Would I go back? Not a chance.');
  });
});

describe('a feature with photos', () => {
  const article = parseFixture('feature.txt');

  it('removes labelled captions and picture credits', () => {
    expect(ruleOf(article, 'Photo: A lighthouse on a rocky headland at dusk.')).toBe('caption');
    expect(ruleOf(article, 'The keepers pose on the gallery of the tower (Getty Images)')).toBe('caption');
    expect(ruleOf(article, "Tomas Berg with the station's logbook. Photograph: Elin Saar")).toBe('caption');
  });

  it('removes "Read more:" and "Related:" teasers', () => {
    expect(ruleOf(article, 'Read more: The island school with three pupils and one teacher')).toBe('teaser');
    expect(ruleOf(article, 'Related: Ten lighthouses you can stay the night in')).toBe('teaser');
  });

  it('keeps headings and all seven body paragraphs', () => {
    expect(headings(article)).toEqual(['A life measured in weather', 'The future of the station']);
    expect(paragraphs(article)).toHaveLength(7);
    expect(paragraphs(article)).toContain('It is lonely in January.');
  });
});

describe('a Spanish news story', () => {
  const article = parseFixture('spanish-news.txt');

  it('is recognised as Spanish, with its byline and date', () => {
    expect(article.language).toBe('es');
    expect(article.byline).toBe('Lucía Ferrer');
    expect(article.published).toBe('2023-06-20');
  });

  it('removes the teaser, share prompt and copyright line by the same rules', () => {
    expect(ruleOf(article, '(Lee también: Cómo cambió el transporte en la ciudad durante la última década)')).toBe('teaser');
    expect(ruleOf(article, 'Comparte esto')).toBe('share');
    expect(ruleOf(article, 'Todos los derechos reservados')).toBe('legal');
  });

  it('keeps its heading and all five body paragraphs', () => {
    expect(headings(article)).toEqual(['Las primeras reacciones']);
    expect(paragraphs(article)).toHaveLength(5);
    expect(paragraphs(article)).toContain('La segunda fase llegará en otoño.');
  });
});
