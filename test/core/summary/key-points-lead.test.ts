// The lead in key point selection, on invented text: the story's opening statements are kept
// unless a later sentence is clearly more central than one of them; a scene-setting opening that
// shares no word with the rest gives way to the news (the learned model, key-point-model.ts, found
// that publishers' highlights leave such openings out).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { keyPoints } from '../../../src/core/summary/key-points.js';

const SCENE = 'Snow lay deep across the quiet valley before dawn, and the old ferry stayed tied to its wooden post.';
const BODY = [
  'The town council of Lindvik voted on Tuesday to build a road bridge across the river to replace the ferry.',
  'The council says the river bridge will cost 40 million crowns and should open to traffic in the spring of 2029.',
  'Farmers on the far bank of the river have asked the council for a bridge for more than twenty years.',
  'A small group of residents argued that the bridge would bring heavy traffic through the town centre.',
  'The council said the new bridge would carry cars, bicycles and a footpath across the river to the farms.',
  'The council will ask engineers to present designs for the river bridge to residents in March.',
] as const;
const chosen = (paragraphs: readonly string[], count: number) =>
  keyPoints(analyzeText([...paragraphs]).sentences, () => true, count).map((s) => s.text);

describe('a dateline before the first sentence', () => {
  it('is left off the key point, which stays a piece of its paragraph', () => {
    const paragraphs = [`LINDVIK, Norway (Agency) -- ${BODY[0]}`, ...BODY.slice(1)];
    const text = analyzeText(paragraphs);
    const [first] = keyPoints(text.sentences, () => true, 3);
    expect(first!.text).toBe(BODY[0]);
    expect(paragraphs[first!.block]).toContain(first!.text);
  });
});

describe('the lead', () => {
  it('gives a scene-setting opening that shares no words with the rest no place before the news', () => {
    expect(chosen([SCENE, ...BODY], 3)).toEqual([BODY[0], BODY[1], BODY[2]]);
  });

  it('keeps the first three sentences when nothing later is clearly more central', () => {
    expect(chosen(BODY, 3)).toEqual([BODY[0], BODY[1], BODY[2]]);
  });

  it('gives the third place to a later sentence that is clearly more central than an off-topic third', () => {
    const aside = 'Ravens circled slowly above the chimneys of the houses along the shore all that grey afternoon.';
    const points = chosen([BODY[0], BODY[1], aside, BODY[2], BODY[3], BODY[4], BODY[5]], 3);
    expect(points.slice(0, 2)).toEqual([BODY[0], BODY[1]]);
    expect(points).not.toContain(aside);
  });

  it('keeps a long opening sentence: its length lowers its centrality, not its place in the lead', () => {
    const long =
      'The town council of Lindvik voted on Tuesday to build a road bridge across the river to replace the ferry that has carried farmers, cars, school children and the post between the two banks for more than a hundred years.';
    expect(chosen([long, ...BODY.slice(1)], 3)).toContain(long);
  });
});

describe('a byline and time stamps before the story', () => {
  // A copied news page sets its credit and stamps apart with full stops, so the splitter makes
  // sentences of them ("By .", "PUBLISHED: ."); they are not the lead, and must not push the
  // story's opening sentences out of it.
  const BYLINE = 'By . Kari Nordmann . PUBLISHED: . 08:44 EST, 21 March 2026 . | . UPDATED: . 10:22 EST, 21 March 2026 .';

  it('leaves the lead to the story: the same points as without them', () => {
    expect(chosen([`${BYLINE} ${BODY[0]}`, ...BODY.slice(1)], 3)).toEqual(chosen(BODY, 3));
    expect(chosen([`${BYLINE} ${SCENE}`, ...BODY], 3)).toEqual(chosen([SCENE, ...BODY], 3));
  });
});

describe('an attribution of fact closing a sentence', () => {
  it('is left off the key point, which ends on a full stop where it began', () => {
    const first = `${BODY[0].slice(0, -1)}, a new survey has revealed.`;
    const points = chosen([first, ...BODY.slice(1)], 3);
    expect(points[0]).toBe(BODY[0]);
  });
});

describe('a picture pointer in brackets', () => {
  it('is left out of the key point, which reads as a plain sentence', () => {
    const first = BODY[0].replace('The town council of Lindvik', 'The town council of Lindvik (pictured)');
    expect(chosen([first, ...BODY.slice(1)], 3)[0]).toBe(BODY[0]);
  });
});

describe('a short bracketed aside', () => {
  it('is left out of the key point, with its words', () => {
    const first = BODY[0].replace('The town council of Lindvik', 'The town council (TCL) of Lindvik');
    const [point] = keyPoints(analyzeText([first, ...BODY.slice(1)]).sentences, () => true, 3);
    expect(point!.text).toBe(BODY[0]);
    expect(point!.tokens.map((t) => t.text)).not.toContain('TCL');
  });
});

describe('a relative day', () => {
  it('is left off the key point as shown, which reads the same on any later day', () => {
    const first = BODY[0].replace('voted on Tuesday', 'voted last night');
    const [point] = keyPoints(analyzeText([first, ...BODY.slice(1)]).sentences, () => true, 3);
    expect(point!.text).toBe(BODY[0].replace(' on Tuesday', ''));
    expect(point!.tokens.map((t) => t.text)).not.toContain('night');
  });
});
