import { PLACE_TARGET_VERBS } from '../../lang/en/entities-acronym-senses.js';
import type { Token } from '../../model/token.js';
import { notablePlace } from './notable-place.js';
import { populatedPlace } from './populated-place.js';

/**
 * Whether one word right after a verb of attack or capture ("shelling hit Homs", "rebels stormed Kidal") is the
 * place struck: a town of some size the gazetteer knows by exactly that name. A person struck or seized is named
 * by a town's name far more rarely than a town is.
 */
export const struckPlace = (text: string, tokens: readonly Token[], first: number, last: number): boolean => {
  const verb = tokens[first - 1];
  if (first !== last || !verb || verb.sentence !== tokens[first]!.sentence) return false;
  if (!PLACE_TARGET_VERBS.has(verb.norm) || !/^\p{Ll}/u.test(text[verb.span.start]!)) return false;
  const name = text.slice(tokens[first]!.span.start, tokens[first]!.span.end);
  return populatedPlace(name) && notablePlace(name);
};
