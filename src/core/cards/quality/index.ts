// The card quality model: features of a generated card, a logistic regression trained on judged
// cards (shipped as weights.json), filtering and ranking with it, and learning from the reader.
export { encodeInputs, FEATURE_NAMES, INPUT_PREFIX, inputsAsFeatures, inputsFromFeatures, qualityInputs } from './features.js';
export type { QualityArticle, QualityCard, QualityInputs } from './features.js';
export { modelFromVector, probabilityOf, sigmoid, weightVector, type QualityModel } from './model.js';
export { SHIPPED_MODEL, type ShippedModel } from './shipped.js';
export { orderByQuality, rankByQuality, SHIPPED_RANKING, type QualityRanking } from './rank.js';
export { decisionLabel, exampleOf, learnDecision, learnDecisions, ONLINE_L2, ONLINE_RATE, standingDecisions, startReaderModel } from './online.js';
export type { DecisionRecord, ReaderModel } from './online.js';
export { auc, loss, predict, train, type Example, type Fit, type TrainOptions } from './train.js';
