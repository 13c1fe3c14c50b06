// The one place that loads wink-nlp and its English model: a lazy module-level singleton, so
// the ~100 ms model load happens once per process and only when text is first analysed.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** The shared wink-nlp instance (loaded on first call). */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
