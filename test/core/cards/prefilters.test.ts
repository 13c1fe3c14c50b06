// Quick pre-checks that spare a costly pattern on most text must never rule out what the pattern
// itself would find: every form each pattern knows is still found.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { inPersonalAccount } from '../../../src/core/cards/anecdotes.js';
import { officesOf } from '../../../src/core/cards/offices.js';
import { durationsOf, periodsOf } from '../../../src/core/cards/periods.js';
import { isCaptionRunOn } from '../../../src/core/cards/sentence-rules.js';

describe('pre-checks before costly patterns', () => {
  it('a caption run into the body is still caught on every word that can open the second sentence', () => {
    for (const word of ['It', 'He', 'She', 'They', 'We', 'This', 'These', 'Those', 'However']) {
      expect(isCaptionRunOn(`The crane collapsed on the pier ${word} was seen again this year.`), word).toBe(true);
    }
    for (const year of ['1887', '1913', '2013']) {
      expect(isCaptionRunOn(`She moved to Portmere in ${year} The clerk told reporters she had left.`), year).toBe(true);
      expect(isCaptionRunOn(`She moved to Portmere in ${year} A Harbour clerk told reporters she had left.`), year).toBe(true);
      expect(isCaptionRunOn(`He lost his licence in ${year} Harbour master Ines Darrow said so.`), year).toBe(true);
    }
  });

  it('an office is still found after every cue that names it', () => {
    const cues = ['become', 'becomes', 'became', 'becoming', 'elected', 'appointed', 'named', 'sworn in as', 'served as', 'serve as', 'serves as', 'serving as', 'acted as', 'act as', 'acts as', 'acting as', 'Became'];
    for (const cue of cues) {
      const s = analyzeText([`The council said that Tomas Varga would ${cue} the treasurer in the spring.`]).sentences[0]!;
      const offices = officesOf(s).map((o) => s.tokens.slice(o.tokenStart, o.tokenEnd).map((t) => t.text).join(' '));
      expect(offices, cue).toEqual(['treasurer']);
    }
  });

  it('a period and a duration are still found in every form they take', () => {
    const found = (text: string) => {
      const s = analyzeText([text]).sentences[0]!;
      return [...periodsOf(s, []), ...durationsOf(s)].map((p) => p.text);
    };
    expect(found('The mills closed in the 1940s and the valley emptied.')).toEqual(['1940s']);
    expect(found('The mills closed in the 2010s and the valley emptied.')).toEqual(['2010s']);
    expect(found('The mills were built in the mid-18th century by the guild.')).toEqual(['mid-18th century']);
    expect(found('The mills were built in the 18th Century by the guild.')).toEqual(['18th Century']);
    for (const unit of ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'YEARS']) {
      expect(found(`The guild rebuilt the mills in six ${unit}, after the flood.`), unit).toEqual([`six ${unit}`]);
    }
    // A window a figure is measured over is no duration of its own.
    expect(found('The film took £11.5m in its first three days at the box office.')).toEqual([]);
    expect(found('The mill lost £3m in the last three months of 2004.')).toEqual([]);
    expect(found('The mill made a profit of £75m in the three months to 31 December.')).toEqual([]);
    expect(found('The mill reached its second final in three years.')).toEqual(['three years']);
    expect(found('She cared for him during the last nine years of his life.')).toEqual(['nine years']);
  });

  it('the writer in the first person is still found in every form, and a word merely ending so is not', () => {
    for (const form of ['I', 'my', 'me', 'I’m', "I'm", 'I’ve', "I've", 'I’d', "I'd"]) {
      expect(inPersonalAccount(`In [...] the clerk saw ${form} at the harbour, (${form}) too.`), form).toBe(true);
    }
    expect(inPersonalAccount('The clerk moved to Portmere in [...] and left the harbour.')).toBe(false);
    // After a letter outside ASCII the word is part of a longer one: only the full pattern can tell.
    expect(inPersonalAccount('The clerk wrote Åme and éI in [...] at the harbour.')).toBe(false);
  });
});

