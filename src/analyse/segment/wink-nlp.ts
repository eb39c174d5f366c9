import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
let cache: Wink | null = null;

/** wink-nlp with its English model, loaded once on first use (the model is ~70 ms to read). */
export const winkNlp = (): Wink => {
  cache ??= winkNLP(model, ['sbd', 'pos']);
  return cache;
};
