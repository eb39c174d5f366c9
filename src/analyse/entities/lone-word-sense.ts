import { lookupPlace } from '../../geo/lookup-place.js';
import { AIRPORT_CODES, COMMON_NOUN_ACRONYMS, ERA_MARKERS } from '../../lang/en/entities-acronym-senses.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import type { RunClass, RunContext } from './run-class.js';

const ACRONYM = /^\p{Lu}{2,5}$/u;
/** A plural proper noun: "Jills", "Raiders" (not "Congress"). */
const PLURAL_NAME = /^\p{Lu}\p{Ll}+[^s]s$/u;

/**
 * The sense of a one-word run that its tagger type gets wrong, from the word and what is around it; undefined
 * when nothing here speaks, null when it is no name at all:
 * - an acronym for a thing or procedure ("performed CPR", "his DNA") is no name; an airport's code ("at LAX")
 *   is a place; an era marker after a year ("2,400 BC") is part of a date;
 * - a word the tagger read as a place that the gazetteer does not know and no place cue marks is a body when
 *   ", which" follows it ("Sony, which"), or a team or troupe when it is a plural after "the" ("the Jills").
 */
export const loneWordSense = (
  text: string,
  tokens: readonly Token[],
  first: number,
  tagged: NerType | null,
  cues: RunContext['cues'],
): RunClass | null | undefined => {
  const name = text.slice(tokens[first]!.span.start, tokens[first]!.span.end);
  const base = { kind: null, extendTo: first, confidence: 0.7 };
  const lower = name.toLowerCase();
  if (ACRONYM.test(name)) {
    if (COMMON_NOUN_ACRONYMS.has(lower)) return null;
    if (AIRPORT_CODES.has(lower)) return { ...base, type: 'place', rule: 'airport-code' };
    if (ERA_MARKERS.has(lower) && tokens[first - 1]?.kind === 'number') return null;
  }
  if (tagged !== 'LOC' || cues?.place || cues?.locative || lookupPlace(name).length > 0) return undefined;
  if (cues?.body) return { ...base, type: cues.body, rule: 'body-not-place' };
  if (tokens[first - 1]?.norm === 'the' && PLURAL_NAME.test(name))
    return { ...base, type: 'organization', rule: 'plural-not-place' };
  return undefined;
};
