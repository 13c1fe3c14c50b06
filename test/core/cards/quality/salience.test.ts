// The salience inputs: a card on a walk-on name (met in its sentence only, never in the title or
// lead) or on a sentence that shares nothing with the story's lead tests a peripheral slot — the
// judges' commonest "trivia" — while the names and sentences of the story itself do not.
import { describe, expect, it } from 'vitest';
import { leadOverlap, salienceFacts, salienceFactsOf, sideName } from '../../../../src/core/cards/quality/salience.js';
import { qualityInputs } from '../../../../src/core/cards/quality/index.js';
import type { ParsedArticle } from '../../../../src/shared/types.js';

const title = 'Harlow council approves the river bridge';
const paragraphs = [
  'Harlow council approved a new river bridge on Tuesday after Mayor Ada Quill backed the plan. The bridge will cost £40 million.',
  'Quill said the bridge would end a decade of delays. Councillor Ben Ostrow, who once ran a bakery in Cardiff, voted against it.',
  'Work on the bridge starts in May, and Quill expects it to open within three years.',
];
const facts = salienceFacts(title, paragraphs);

describe('sideName', () => {
  it('marks a name the article meets once, outside its title and lead', () => {
    expect(sideName('Cardiff', facts)).toBe(true);
    expect(sideName('Ben Ostrow', facts)).toBe(true);
  });

  it('spares the story’s own names: in the lead, or named again (by surname) elsewhere', () => {
    expect(sideName('Ada Quill', facts)).toBe(false);
    expect(sideName('Harlow', facts)).toBe(false);
  });

  it('never marks a figure, a date or a common word', () => {
    expect(sideName('£40 million', facts)).toBe(false);
    expect(sideName('May', facts)).toBe(false);
    expect(sideName('three years', facts)).toBe(false);
  });
});

describe('leadOverlap', () => {
  it('counts the sentence’s words that the title and lead also hold, the answer’s own left out', () => {
    const story = 'Work on the bridge starts in May, and Quill expects it to open within three years.';
    const aside = 'Councillor Ben Ostrow, who once ran a bakery in Cardiff, voted against it.';
    expect(leadOverlap('May', story, facts)).toBeGreaterThan(leadOverlap('Cardiff', aside, facts));
    expect(leadOverlap('Cardiff', aside, facts)).toBe(0);
    // The answer's words do not count toward its own sentence's tie.
    expect(leadOverlap('bridge', 'The bridge opened.', facts)).toBe(0);
  });
});

describe('the salience inputs on a card', () => {
  const article: Pick<ParsedArticle, 'title' | 'blocks'> = { title, blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
  const aside = 'Councillor Ben Ostrow, who once ran a bakery in Cardiff, voted against it.';
  const story = 'Work on the bridge starts in May, and Quill expects it to open within three years.';
  const card = (text: string, back: string, paragraph: number) => ({ kind: 'cloze', front: text.replace(back, '[...]'), back, source: { paragraph, text }, features: {} });

  it('reads a walk-on place in an aside as a side name with no tie to the lead', () => {
    const x = qualityInputs(card(aside, 'Cardiff', 1), article);
    expect(x.sideName).toBe(true);
    expect(x.leadOverlap).toBe(0);
  });

  it('reads the story’s own sentence as tied to the lead', () => {
    const x = qualityInputs(card(story, 'May', 2), article);
    expect(x.sideName).toBe(false);
    expect(x.leadOverlap).toBeGreaterThan(0);
  });
});

describe('sideName and dates', () => {
  it('reads a month as a date but a name that merely starts like one as a name', () => {
    const f = salienceFacts('A port reopens', ['The port reopened in March after a strike.', 'Dockers voted to end the strike on Friday. A ship from Marseille docked first.']);
    expect(sideName('March', f)).toBe(false);
    expect(sideName('Marseille', f)).toBe(true);
  });
});

describe('sideName and the ways a text names something again', () => {
  const f = salienceFacts('Voters back an EU vote', [
    'Voters prefer a vote on the EU, a poll found.',
    'The poll asked about the European Union and the Office of Fair Trading.',
    'The office was set up in 1973. A florist in Leeds took part.',
  ]);
  it('counts initials: the European Union of a text that says EU is named in its lead', () => {
    expect(sideName('European Union', f)).toBe(false);
  });
  it('reads the head before "of": the Office of Fair Trading is named again as "the office"', () => {
    expect(sideName('Office of Fair Trading', f)).toBe(false);
    expect(sideName('Leeds', f)).toBe(true);
  });
});

describe('sideName and the doer of an event', () => {
  it('spares a name met once when it is the doer after "by": who did it is the point', () => {
    const sentence = 'The bridge design was drawn up by the engineer Lena Voss in 1998.';
    const f = salienceFacts('A new bridge', ['The town will build a bridge this year.', sentence]);
    expect(sideName('Lena Voss', f, sentence)).toBe(false);
    expect(sideName('Lena Voss', f)).toBe(true);
    expect(sideName('Lena Voss', f, 'The bridge was praised by many, said the engineer Lena Voss.')).toBe(true);
  });
});

describe('salienceFactsOf', () => {
  it('builds the facts of a blocks array once for its title, from its paragraphs only', () => {
    const blocks = [{ type: 'heading', text: 'Ben Ostrow' }, ...paragraphs.map((text) => ({ type: 'paragraph', text }))];
    const once = salienceFactsOf(title, blocks);
    expect(once).toEqual(facts);
    // The walk-on weighting and the quality inputs share the one object.
    expect(salienceFactsOf(title, blocks)).toBe(once);
    const retitled = salienceFactsOf('Ben Ostrow quits', blocks);
    expect(retitled).not.toBe(once);
    expect(sideName('Ben Ostrow', retitled)).toBe(false);
  });
});

describe('leadOverlap and word endings', () => {
  it('counts a lead word met with another plural or tense ending as shared', () => {
    const f = salienceFacts('Council approves landers', ['The council met on Monday.']);
    // "approved", "approves" and "approving" stem alike, as do "landers" and "lander", "councils" and "council".
    expect(leadOverlap('plan', 'The council approved a lander.', f)).toBe(3);
    expect(leadOverlap('plan', 'The councils approving lander gear.', f)).toBe(3);
    expect(leadOverlap('plan', 'The counsel approval landed.', f)).toBe(0);
  });

  it('finds "by" and the name before testing the doer pattern, and only then', () => {
    const sentence = 'Praised by critics, the bridge (by O. Hale) opened.';
    const f = salienceFacts('A new bridge', ['The town will build a bridge this year.', sentence]);
    expect(sideName('O. Hale', f, sentence)).toBe(false);
    expect(sideName('O. Hale', f, 'Praised by critics, the bridge of O. Hale opened.')).toBe(true);
  });
});
