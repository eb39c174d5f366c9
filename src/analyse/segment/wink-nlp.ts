import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
let cache: Wink | null = null;
/** Ids below this are the model's own words; wink numbers each out-of-vocabulary word it meets after them. */
let lexiconSize = 0;
const known = new Map<string, boolean>();

/** wink-nlp with its English model, loaded once on first use (the model is ~70 ms to read). */
export const winkNlp = (): Wink => {
  if (cache === null) {
    cache = winkNLP(model, ['sbd', 'pos']);
    // The first word read that the model lacks takes the first id after its lexicon.
    lexiconSize = cache.readDoc('qzxjqzxj').tokens().out(cache.its.uniqueId)[0] as number;
  }
  return cache;
};

/** True when wink's English lexicon holds `word` as written ("police", "witnesses"; not "putin" or "medics"). */
export const inWinkLexicon = (word: string): boolean => {
  let hit = known.get(word);
  if (hit === undefined) {
    const nlp = winkNlp();
    const ids = nlp.readDoc(word).tokens().out(nlp.its.uniqueId) as number[];
    hit = ids.length === 1 && ids[0]! < lexiconSize;
    known.set(word, hit);
  }
  return hit;
};
