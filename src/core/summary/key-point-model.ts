// The learned weights the key points are chosen by: a logistic regression over the candidate
// features of rankKeyPoints (KEY_POINT_FEATURES, the hand rules' own score among them), fitted by
// scripts/train-key-points.mjs --train on 226 CNN/DailyMail stories with their publisher highlights
// (the FRANK benchmark's test stories that are not in devset/news), each sentence's target being
// whether a greedy ROUGE oracle picks it. Scaled onto the spread of the rules' score, so the
// maximal-marginal-relevance trade-off means what it did. Chosen on the 81 stories held out of the
// fit (2026-12-06): ROUGE-1/2/L .411/.200/.269 against the rules' .396/.180/.266 and Lead-3's
// .409/.191/.262; devset/news was not used.
import type { KEY_POINT_FEATURES } from './key-points.js';

type Feature = (typeof KEY_POINT_FEATURES)[number];

export const KEY_POINT_MODEL: { readonly bias: number; readonly weights: Readonly<Record<Feature, number>> } = {
  bias: 0.7595,
  weights: {
    score: 0.179,
    lead: 0.1834,
    logPosition: -0.2155,
    relativePosition: -0.1355,
    centrality: 0.273,
    words: 0.0854,
    quote: -0.3179,
    question: -0.7289,
    pronoun: -0.0694,
    runOn: -0.0325,
    partOfQuote: -0.0462,
    number: 0.1274,
    properNoun: 0.219,
    // Likeness to the opening weighs against a sentence: it repeats what the first point says.
    firstSimilarity: -0.3858,
  },
};
