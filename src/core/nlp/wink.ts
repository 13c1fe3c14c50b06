// The one place that loads wink-nlp and its English model: lazy module-level singletons, so
// the ~100 ms model load happens once per process and only when text is first analysed. The
// packages themselves are required then too, not imported at the top: a process that never
// analyses text (the host listing and searching a library) never holds the model (~20 MB).
import { createRequire } from 'node:module';
import type winkNLPFn from 'wink-nlp';
import type modelData from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLPFn>;
let instance: Wink | undefined;
let analysisInstance: Wink | undefined;
let loaded: { winkNLP: typeof winkNLPFn; model: typeof modelData } | undefined;

/** wink-nlp and its model (both CommonJS), loaded on first use. */
function packages(): { winkNLP: typeof winkNLPFn; model: typeof modelData } {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = { winkNLP: require('wink-nlp') as typeof winkNLPFn, model: require('wink-eng-lite-web-model') as typeof modelData };
  }
  return loaded;
}

/** A wink-nlp instance with the model's whole default pipeline (loaded on first call). */
export function wink(): Wink {
  const { winkNLP, model } = packages();
  instance ??= winkNLP(model);
  return instance;
}

/**
 * The instance our analysis reads with (the only one the app loads): sentence boundaries, parts
 * of speech with lemmas, and entities. The default pipeline's negation and sentiment passes
 * write only a negation bit per token and sentence scores, which we never read, so tokens,
 * tags, lemmas, sentences and entities come out the same — for ~15% less time per `readDoc`.
 */
export function analysisWink(): Wink {
  const { winkNLP, model } = packages();
  analysisInstance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return analysisInstance;
}
