// Inline #tags in a highlight's note are read as tags (issue 17).
import { describe, expect, it } from 'vitest';
import { inlineTags } from '../../../src/core/annotations/index.js';

describe('inlineTags', () => {
  it('reads #words anywhere in the note, without the #, each once', () => {
    expect(inlineTags('Worth a card #economy, see also #to-quiz and #Economy.')).toEqual(['economy', 'to-quiz']);
    expect(inlineTags('#china\n(#diplomacy) #politique-étrangère #nested/tag')).toEqual(['china', 'diplomacy', 'politique-étrangère', 'nested/tag']);
  });

  it('leaves out what only looks like a tag: headings, numbers, fragments, code', () => {
    expect(inlineTags('# A heading\n## Another')).toEqual([]);
    expect(inlineTags('issue #42 and item #1')).toEqual([]);
    expect(inlineTags('see https://example.com/page#section or a#b')).toEqual([]);
    expect(inlineTags('the `#define` macro')).toEqual([]);
    expect(inlineTags('')).toEqual([]);
  });

  it('keeps a tag with digits and trims a trailing slash or dash', () => {
    expect(inlineTags('#2023-visit #g7 #draft- #path/')).toEqual(['2023-visit', 'g7', 'draft', 'path']);
  });
});
