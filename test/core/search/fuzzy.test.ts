// Typo tolerance: edit distances, the typos a word may carry, and the closest words of a
// vocabulary; and ranking with typo-tolerant words.
import { describe, expect, it } from 'vitest';
import { editDistance, maxEdits, queryTerms, rankItems, Vocabulary } from '../../../src/core/search/index.js';

describe('editDistance', () => {
  it.each([
    ['blinken', 'blinken', 0],
    ['blinkin', 'blinken', 1], // substitution
    ['sodum', 'sodium', 1], // insertion
    ['battery', 'batery', 1], // deletion
    ['form', 'from', 1], // neighbours swapped count once
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });

  it('stops at max + 1 once the words are further apart than max', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('maxEdits', () => {
  it('allows no typo under 4 letters, one up to 7, two from 8', () => {
    expect([maxEdits('cat'), maxEdits('sodum'), maxEdits('batery'), maxEdits('conciliatry')]).toEqual([0, 1, 1, 2]);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(['blinken', 'blink', 'sodium', 'batery', 'beijing', 'bat', 'conciliatory']);

  it('finds the closest words within the typos allowed, closest first', () => {
    expect(vocabulary.closest('blinkin')).toEqual(['blinken']);
    expect(vocabulary.closest('sodum')).toEqual(['sodium']);
    expect(vocabulary.closest('conciliatry')).toEqual(['conciliatory']);
    expect(vocabulary.closest('beiijng')).toEqual(['beijing']);
  });

  it('finds nothing for short words or words too far off, and knows its words and prefixes', () => {
    expect(vocabulary.closest('bta')).toEqual([]);
    expect(vocabulary.closest('xylophone')).toEqual([]);
    expect(vocabulary.has('sodium')).toBe(true);
    expect(vocabulary.has('sodum')).toBe(false);
    expect(vocabulary.hasPrefix('beij')).toBe(true);
    expect(vocabulary.hasPrefix('beix')).toBe(false);
  });
});

describe('rankItems with typo-tolerant words', () => {
  const items = [{ kind: 'text' as const, text: 'A sodium battery stores less but costs less.', paragraph: 3 }];

  it('matches words within the typos allowed, and marks them', () => {
    const terms = { ...queryTerms('sodum batery '), fuzzy: [true, true] };
    const [hit] = rankItems(items, 'Batteries', terms);
    expect(hit?.item.paragraph).toBe(3);
    expect(hit!.marks.map(([a, b]) => hit!.snippet.slice(a, b))).toEqual(['sodium', 'battery']);
  });

  it('without typo tolerance finds nothing for the same words', () => {
    expect(rankItems(items, 'Batteries', queryTerms('sodum batery '))).toEqual([]);
  });
});
