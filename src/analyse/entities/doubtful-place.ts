import { lookupPlace } from '../../geo/lookup-place.js';
import { COMPASS_POINTS } from '../../lang/en/compass-points.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../lang/en/entities-given-names.js';
import { NAME_SUFFIXES } from '../../lang/en/entities-name-suffixes.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import type { Token } from '../../model/token.js';
import { inWinkLexicon } from '../segment/wink-nlp.js';
import { notablePlace } from './notable-place.js';
import type { RunClass, RunContext } from './run-class.js';

/** One word in capitals: "WABC", "OPB" (not "U.S.", which has dots, nor "HK"). */
const ACRONYM = /^\p{Lu}{3,5}$/u;
const WORD = /^\p{L}+$/u;
const LOWER = /\p{Ll}/u;
/** "the Southwest", "the North": a region named by its compass point stays a place. */
const COMPASS: ReadonlySet<string> = new Set(COMPASS_POINTS);

/**
 * The sense of a run the tagger read as a place when neither the gazetteer nor a place cue vouches for it;
 * undefined when the tagger's place stands, null when it is no name at all:
 * - a company cue ("insurers such as Allmark, Stone Farm"; company-list.ts) makes it an organisation;
 * - a person's name: it ends in a generational suffix ("Lon Chaney Jr."), or opens with a common given name and
 *   ends in a word that is no common English word ("Victoria Derbyshire"; not "Logan Square"); no name when an
 *   office's word ("Secretary of Commerce Wilbur Ross Jr.") or another word before a given name opens it;
 * - an acronym of three or more letters the gazetteer lacks, in a sentence not all in capitals ("at WABC"), is a
 *   body;
 * - one common English word (in wink's lexicon, which holds many names too) that no notable place, country
 *   adjective or compass point is, when the document also writes it in lower case ("at Heart … the heart of"),
 *   or when it modifies the noun after it and no preposition takes it ("Media caption"), is no name ("in Media"
 *   stays a place where the gazetteer knows one).
 */
export const doubtfulPlace = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  { tagged, cues, writtenLower }: Pick<RunContext, 'tagged' | 'cues' | 'writtenLower'>,
): RunClass | null | undefined => {
  if (tagged !== 'LOC' || cues?.place) return undefined;
  const name = text.slice(tokens[first]!.span.start, tokens[last]!.span.end);
  const base = { kind: null, extendTo: last, confidence: 0.65 };
  const known = lookupPlace(name).length > 0;
  const words = name.split(/\s+/u).map((w) => w.replace(/\.$/u, '').toLowerCase());
  // "insurers (Allstate, State Farm)", "State Farm shares": a company cue the gazetteer does not gainsay.
  if (!known && cues?.company) return { ...base, type: 'organization', rule: 'company-not-place' };
  if (words.length >= 2 && !known) {
    const given = (w: string) => MALE_GIVEN_NAMES.has(w) || FEMALE_GIVEN_NAMES.has(w);
    const end = words.at(-1)!;
    const person = NAME_SUFFIXES.has(end) || (given(words[0]!) && WORD.test(end) && !inWinkLexicon(end));
    // "Secretary of Commerce Wilbur Ross Jr.": an office's last word opens the run, no part of the person's name;
    // the run is no name of its own.
    const head = tokens[first - 2];
    const office =
      tokens[first - 1]?.norm === 'of' && head !== undefined && /^\p{Lu}/u.test(text[head.span.start]!);
    if (person && !given(words[0]!) && (office || words.slice(1, -1).some(given))) return null;
    return person ? { ...base, type: 'person', rule: 'person-not-place' } : undefined;
  }
  if (first !== last) return undefined;
  const sentence = tokens[first]!.sentence;
  let shouted = true;
  for (let k = first; shouted && tokens[k]?.sentence === sentence; k -= 1)
    shouted = !LOWER.test(text[tokens[k]!.span.start]!);
  for (let k = first; shouted && tokens[k]?.sentence === sentence; k += 1)
    shouted = !LOWER.test(text[tokens[k]!.span.start]!);
  if (ACRONYM.test(name) && !known && !shouted)
    return { ...base, type: 'organization', rule: 'acronym-not-place' };
  const lower = name.toLowerCase();
  // "the Philippine government": a country's adjective stays with the country.
  const demonym = GEO_DEMONYMS[lower] !== undefined;
  if (!WORD.test(name) || !inWinkLexicon(lower) || COMPASS.has(lower) || demonym || notablePlace(name))
    return undefined;
  // A small place of that name ("Media", Pennsylvania) stays where a locative preposition takes it.
  if (known && cues?.locative) return undefined;
  // The word is common in this very document ("the heart of it"), or modifies the noun after it ("Main players
  // in …", "Media caption", "Tomahawk cruise missiles") where no preposition takes it ("against Surinam rebels").
  if (writtenLower) return null;
  const next = tokens[first + 1];
  const modifies = next?.sentence === sentence && next.pos === 'NOUN' && LOWER.test(text[next.span.start]!);
  return modifies && tokens[first - 1]?.pos !== 'ADP' ? null : undefined;
};
