// The Markdown export's YAML front matter: no empty fields, and a source worth reading — the
// page's address when known, else the imported file's name under `file`.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleMarkdown, frontMatterOf } from '../../../src/core/export/index.js';
import { AT, bareArticle } from './bare-article.js';

function frontMatter(md: string): Record<string, unknown> {
  return parseYaml(md.split(/^---$/m)[1]!) as Record<string, unknown>;
}

describe('Markdown front matter', () => {
  it('leaves out a missing byline, date and tags instead of writing null or []', () => {
    const md = articleMarkdown(bareArticle({ sourceName: '000_df74848942b8800c.txt' }), AT);
    expect(md).not.toMatch(/null|\[\]/);
    expect(frontMatter(md)).toEqual({ title: 'A title', file: '000_df74848942b8800c.txt', exported: AT.toISOString(), lectern_id: '0123456789abcdef' });
  });

  it('names the page address as url, and no file, when the article records one', () => {
    const fm = frontMatterOf(bareArticle({ sourceName: 'page.html', url: 'https://example.org/story' }), AT);
    expect(fm).toMatchObject({ url: 'https://example.org/story' });
    expect(fm).not.toHaveProperty('file');
    expect(fm).not.toHaveProperty('source');
  });

  it('keeps byline, date, site and tags when there are some, in a fixed order', () => {
    const article = bareArticle({ byline: 'Ann Author', published: '2023-06-20T07:00:00', state: { title: 'T', tags: ['a', 'b c'] }, sourceName: 'story.html' });
    const fm = frontMatterOf({ ...article, article: { ...article.article, siteName: 'The Paper' } }, AT);
    expect(Object.keys(fm)).toEqual(['title', 'byline', 'published', 'site', 'file', 'tags', 'exported', 'lectern_id']);
    expect(fm).toMatchObject({ byline: 'Ann Author', published: '2023-06-20T07:00:00', site: 'The Paper', tags: ['a', 'b c'] });
  });

  it('gives no source for pasted text, whose name Lectern made up', () => {
    const fm = frontMatterOf(bareArticle({ sourceName: 'Pasted article' }), AT);
    expect(fm).not.toHaveProperty('file');
    expect(fm).not.toHaveProperty('url');
  });
});
