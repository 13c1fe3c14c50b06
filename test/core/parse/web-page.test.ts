// Text copied from a whole web page ("select all, copy"): menus, share buttons, related lists
// and footers around the article.
import { describe, expect, it } from 'vitest';
import { headings, paragraphs, parseFixture, ruleOf } from './helpers.js';

describe('a copied web page', () => {
  const article = parseFixture('web-page.txt');

  it('takes the headline near the article as the title, not the menu at the top', () => {
    expect(article.title).toBe('Tidal power pilot lights a harbour town for a winter');
    expect(article.byline).toBe('Ines Morel');
    expect(article.published).toBe('2024-03-04');
  });

  it('keeps exactly the article body', () => {
    expect(headings(article)).toEqual([]);
    expect(paragraphs(article)).toHaveLength(5);
    expect(paragraphs(article)).toContain('Engineers had feared that seaweed would foul the blades. It did not.');
    expect(paragraphs(article)[0]).toMatch(/^A small tidal turbine/);
    expect(paragraphs(article).at(-1)).toMatch(/^The council will decide in June/);
  });

  it('removes the menu before the article as navigation', () => {
    for (const line of ['Skip to content', 'Menu', 'World', 'Business']) expect(ruleOf(article, line)).toBe('navigation');
    expect(ruleOf(article, 'Log In')).toBe('subscribe');
  });

  it('removes share buttons, the advertisement marker and the related list after the article', () => {
    expect(ruleOf(article, 'Facebook')).toBe('share');
    expect(ruleOf(article, 'Advertisement')).toBe('advertisement');
    expect(ruleOf(article, 'More from Science')).toBe('related');
    expect(ruleOf(article, 'Old satellites to be steered into a graveyard orbit')).toBe('related');
  });

  it('removes the footer: legal links, copyright and cookie notice', () => {
    expect(ruleOf(article, 'Privacy Policy')).toBe('legal');
    expect(ruleOf(article, '© 2024 Harbour Daily Media. All rights reserved.')).toBe('legal');
    expect(ruleOf(article, 'We use cookies to improve your experience on our site.')).toBe('legal');
  });
});
