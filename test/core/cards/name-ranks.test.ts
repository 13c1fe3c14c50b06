// The answer of a choice card on a name sits at every alphabetical rank among its four options
// equally often: a reader who always picks the name that comes last (or second, or third) in the
// alphabet does no better than chance. An article that names many people once each (a cabinet, a
// panel) gave its candidates in alphabetical order, so the answer came last on 45% of such cards.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { seededRandom, shuffled } from '../../../src/core/cards/rng.js';
import { articleFrom } from './helpers.js';

const FIRST = 'Maria|Tomas|Elena|David|Priya|Jonas|Amara|Lucas|Sofia|Henrik|Nadia|Oliver|Ingrid|Marcus|Leila|Victor|Clara|Samuel|Yuki|Rafael|Helen|Kwame|Anna|Pavel|Grace|Omar|Julia|Felix|Rosa|Daniel'.split('|');
const LAST = 'Delgado|Reyes|Lindqvist|Okafor|Brennan|Halvorsen|Castellano|Whitford|Nakamura|Ferreira|Abernathy|Kowalski|Moreau|Sandoval|Ashdown|Pemberton|Vasquez|Thornbury|Harrington|Ellison|Carver|Dunmore|Galloway|Quinlan|Rasmussen|Stenberg|Varga|Wexley|Yardley|Zeller'.split('|');
const OFFICES = 'finance|health|education|transport|interior|trade|energy|culture|labour|justice|defence|housing'.split('|').map((w) => `the ${w} minister`);
const SAYINGS: readonly ((who: string, office: string) => string)[] = [
  (p, o) => `${p}, ${o}, said the new budget would protect the services people rely on most.`,
  (p, o) => `"We have waited long enough for this reform," said ${p}, ${o}, at the press conference.`,
  (p, o) => `${p}, ${o}, told reporters that the plan for the coming winter was ready.`,
  (p, o) => `${p}, ${o}, warned that the cost of the new scheme had been badly underestimated.`,
  (p, o) => `The proposal to close the old depot came from ${p}, ${o}, who said it was unsafe.`,
  (p, o) => `${p}, ${o}, announced a review of how grants are given to small farms in the north.`,
];

/** An invented report on a new cabinet: eight to fourteen ministers, each named once with a saying. */
function cabinet(seed: number): string {
  const random = seededRandom(`cabinet ${seed}`);
  const k = 8 + Math.floor(random() * 7);
  const firsts = shuffled(FIRST, random);
  const lasts = shuffled(LAST, random);
  const offices = shuffled(OFFICES, random);
  const sayings = shuffled(SAYINGS, random);
  const lines = Array.from({ length: k }, (_, i) => sayings[i % sayings.length]!(`${firsts[i]} ${lasts[i]}`, offices[i % offices.length]!));
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 2) paragraphs.push(lines.slice(i, i + 2).join(' '));
  return `The new cabinet sets out its plans\n\n${paragraphs.join('\n\n')}\n`;
}

describe('the alphabetical rank of a name among its options', () => {
  it('is near uniform when the article names many people equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 120; seed++) {
      for (const card of generateCards(articleFrom(cabinet(seed))).cards) {
        if (card.kind !== 'choice') continue;
        const sorted = [...card.choices!].sort((a, b) => a.localeCompare(b));
        counts[sorted.indexOf(card.back)]! += 1;
      }
    }
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(500);
    for (const count of counts) {
      expect(count / total, counts.join('/')).toBeGreaterThan(0.19);
      expect(count / total, counts.join('/')).toBeLessThan(0.31);
    }
  });
});
