import { lookupPlace } from '../../geo/lookup-place.js';
import { ORDINAL } from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';
import { loadNerModel } from '../../ner/load-ner-model.js';
import { winkNlp } from '../segment/wink-nlp.js';
import { entityKey } from './entity-key.js';
import { sentenceFirst } from './find-name-runs.js';
import type { Typed } from './typed-run.js';

const DESCRIBING = new Set(['ADJ', 'ADV', 'VERB']);

/** True when the POS tagger reads a sentence's first word, lower-cased, as an adjective, adverb or verb there. */
const describes = (word: string, rest: string): boolean => {
  const tags = winkNlp().readDoc(`${word.toLowerCase()} ${rest}`).tokens().out(winkNlp().its.pos) as string[];
  return DESCRIBING.has(tags[0] ?? '');
};

/**
 * Drops a run's first word when its capital is explained by its position and the rest is a name the document
 * uses on its own: a word after an ordinal ("the 15th Century Timbuktu was …"), or a sentence's first word that
 * describes the name ("Landlocked Mali has …", where "Mali" is named elsewhere): an adjective, adverb or verb
 * once lower-cased, in a run not tagged a person ("Erik Breukink"). The whole stays when it is a known name itself
 * (in the gazetteer or the tagger's name list: "Air France", "New Zealand") or is written so more than once. The
 * shortened run is untyped, so it takes the type the document gives the rest.
 */
export const dropPositionalHeads = (
  text: string,
  tokens: readonly Token[],
  runs: readonly Typed[],
): Typed[] => {
  const keyOf = (a: number, b: number) => entityKey(text.slice(tokens[a]!.span.start, tokens[b]!.span.end));
  const count = new Map<string, number>();
  for (const r of runs) count.set(keyOf(r.first, r.last), (count.get(keyOf(r.first, r.last)) ?? 0) + 1);
  const names = loadNerModel().resources.gazetteer;
  return runs.map((r) => {
    if (r.last === r.first) return r;
    const before = tokens[r.first - 1];
    const ordinal =
      before !== undefined && before.sentence === tokens[r.first]!.sentence && ORDINAL.test(before.norm);
    if (!ordinal && (r.type === 'PER' || !sentenceFirst(text, tokens, r.first))) return r;
    const whole = text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end);
    if ((count.get(entityKey(whole)) ?? 0) > 1 || names.has(whole) || lookupPlace(whole).length > 0) return r;
    if ((count.get(keyOf(r.first + 1, r.last)) ?? 0) === 0) return r;
    const rest = text.slice(tokens[r.first + 1]!.span.start, tokens[r.last]!.span.end);
    if (!ordinal && !describes(text.slice(tokens[r.first]!.span.start, tokens[r.first]!.span.end), rest))
      return r;
    return { first: r.first + 1, last: r.last, type: null };
  });
};
