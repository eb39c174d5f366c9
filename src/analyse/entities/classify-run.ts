import { lookupPlace } from '../../geo/lookup-place.js';
import {
  CIVIL_SERVICE_WORDS,
  FAMILY_HEADS,
  GROUP_CUE_WORDS,
  GROUP_HEAD_NOUNS,
  OFFICE_HEADS_BEFORE_OF,
  ORG_CUE_WORDS,
  ORG_KIND_WORDS,
} from '../../lang/en/entities-cues.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { ETHNONYM_SAME_PLURAL, ETHNONYMS } from '../../lang/en/entities-ethnonyms.js';
import {
  COMPANY_HEADS,
  COMPANY_OPENERS,
  OPENER_RANKS,
  PARTY_STATE_LABEL,
} from '../../lang/en/entities-type-cues.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import {
  DISTRICT_CUES_AFTER,
  LANDMARK_CUES_AFTER,
  REGION_CUES_AFTER,
  SETTLEMENT_CUES_AFTER,
  STREET_CUES_AFTER,
} from '../../lang/en/geo-place-cues.js';
import type { EntityType } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { doubtfulPlace } from './doubtful-place.js';
import { loneWordSense } from './lone-word-sense.js';
import { notablePlace } from './notable-place.js';
import { populatedPlace } from './populated-place.js';
import { populationPlural } from './population-plural.js';
import { quoteOpener } from './quote-opener.js';
import type { RunClass, RunContext } from './run-class.js';

const PLACE_AFTER = new Set([...DISTRICT_CUES_AFTER, ...REGION_CUES_AFTER, ...SETTLEMENT_CUES_AFTER]);
const LANDMARK = new Set(LANDMARK_CUES_AFTER);
const STREET_HEADS = new Set(STREET_CUES_AFTER);
const ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Capitalised words of a run, lower case, without particles and punctuation. */
export const nameWords = (text: string, tokens: readonly Token[], first: number, last: number): string[] => {
  const out: string[] = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i]!;
    if (/^\p{Lu}/u.test(text.slice(t.span.start, t.span.end))) out.push(t.norm);
  }
  return out;
};

const TAGGED: Readonly<Record<Exclude<NerType, 'MISC'>, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
};

/**
 * Types a name run by its cues, in order: a title before it (person), a place cue, an organisation or group
 * word inside it, a group noun after it, the tagger's type (PER, ORG, LOC),
 * the gazetteer. Null when nothing speaks for it being a name.
 */
export const classifyRun = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  { titled, placeCueBefore, sentenceFirst, writtenLower, tagged, cues }: RunContext,
): RunClass | null => {
  const words = nameWords(text, tokens, first, last);
  const next = tokens[last + 1];
  const nextLower =
    next &&
    next.sentence === tokens[last]!.sentence &&
    /^\p{Ll}/u.test(text.slice(next.span.start, next.span.end));
  const base = { kind: null, extendTo: last };
  if (titled) return { ...base, type: 'person', rule: 'title', confidence: 0.85 };
  // "Izvestia, a pro-Kremlin daily,", "his daughter, Elena,": the apposition's head noun decides (where the
  // tagger read it so, its type stands).
  const apposed = cues?.apposed ?? null;
  if (apposed && (tagged === null || tagged === 'MISC' || TAGGED[tagged] !== apposed))
    return { ...base, type: apposed, rule: 'apposition', confidence: 0.8 };
  const name = text.slice(tokens[first]!.span.start, tokens[last]!.span.end);
  const lower = name.toLowerCase();
  if (tokens[first - 1]?.norm === '(' && PARTY_STATE_LABEL.test(name)) return null;
  if (ETHNONYMS.has(lower) || (lower.endsWith('s') && ETHNONYMS.has(lower.slice(0, -1)))) {
    // A people: "Tuareg rebels" is a group, "a Tuareg state" only describes the state, "the Tuareg" is no place.
    if (nextLower && GROUP_HEAD_NOUNS.has(next.norm))
      return { ...base, type: 'group', rule: 'group-head', confidence: 0.7, extendTo: last + 1 };
    if (nextLower && next.pos === 'NOUN') return null;
    // "Kurds", "the Rohingya": the people, a population group like "Pakistanis"; "a Tuareg" is one of them.
    const plural =
      !ETHNONYMS.has(lower) || (ETHNONYM_SAME_PLURAL.has(lower) && !ONE.has(tokens[first - 1]?.norm ?? ''));
    if (plural) return { ...base, type: 'group', rule: 'population', confidence: 0.7 };
    return { ...base, type: 'other', rule: 'ethnonym', confidence: 0.7 };
  }
  // "Pakistanis", "Americans": a country's people, a population group; before a noun it describes. Not a place
  // ("the Philippines", "the Balkans") nor a team ("the Indians" the tagger reads as an organisation).
  const people = tagged === null || tagged === 'MISC' || tagged === 'PER';
  if (people && populationPlural(lower) && lookupPlace(name).length === 0) {
    if (nextLower && next.pos === 'NOUN') return null;
    return { ...base, type: 'group', rule: 'population', confidence: 0.7 };
  }
  // "the McConville family": the people of that name, a group, not a body or the one person named so.
  const describes = DEMONYMS[lower] !== undefined || GEO_DEMONYMS[lower] !== undefined;
  if (nextLower && FAMILY_HEADS.has(next.norm) && (tagged === null || tagged === 'PER' || tagged === 'ORG')) {
    if (describes || tokens[first]!.pos === 'ADJ') return null;
    return { ...base, type: 'group', rule: 'family', confidence: 0.7, extendTo: last + 1 };
  }
  if (nextLower && LANDMARK.has(next.norm)) {
    return { ...base, type: 'place', rule: 'place-cue', confidence: 0.8, extendTo: last + 1 };
  }
  if (placeCueBefore || (nextLower && PLACE_AFTER.has(next.norm))) {
    return { ...base, type: 'place', rule: 'place-cue', confidence: 0.8 };
  }
  // "Baron Street", "Fifth Avenue": a name ending in a street word is a street, whatever the tagger read.
  if (words.length >= 2 && STREET_HEADS.has(words.at(-1)!) && tagged !== 'PER')
    return { ...base, type: 'place', rule: 'place-cue', confidence: 0.8 };
  const orgWord = words.find((w) => ORG_CUE_WORDS.has(w));
  if (orgWord !== undefined) {
    const kindWord = words.find((w) => ORG_KIND_WORDS[w] !== undefined);
    return {
      ...base,
      type: 'organization',
      rule: 'org-cue',
      confidence: 0.8,
      kind: kindWord ? ORG_KIND_WORDS[kindWord]! : null,
    };
  }
  // "Division of Viral Diseases", "County Fire Battalion": an office or a civil service, not an armed unit.
  const groupWord = words.some((w) => GROUP_CUE_WORDS.has(w));
  let office = groupWord && words.some((w) => CIVIL_SERVICE_WORDS.has(w));
  for (let k = first; k < last && !office; k += 1)
    office = OFFICE_HEADS_BEFORE_OF.has(tokens[k]!.norm) && tokens[k + 1]!.norm === 'of';
  if (office) return { ...base, type: 'organization', rule: 'org-cue', confidence: 0.75 };
  if (groupWord) return { ...base, type: 'group', rule: 'group-cue', confidence: 0.8 };
  // "Afrique Oil": a name the tagger found (as a person or organisation) ending in a company word.
  const named = tagged === 'PER' || tagged === 'ORG';
  if (named && words.length >= 2 && COMPANY_HEADS.has(words.at(-1)!))
    return { ...base, type: 'organization', rule: 'org-cue', confidence: 0.75 };
  // "Air Koryo", "Air France": an airline, whatever the tagger read, unless a rank follows ("Air Marshal").
  if (words.length >= 2 && COMPANY_OPENERS.has(words[0]!) && !OPENER_RANKS.has(words[1]!) && tagged !== 'LOC')
    return { ...base, type: 'organization', rule: 'org-cue', confidence: 0.75 };
  const single = first === last;
  const adjective = tokens[first]!.pos === 'ADJ' || tagged === 'MISC';
  // "the U.S. military", "Turkey forces": a country before a group noun names that country's armed body
  const country = () =>
    lookupPlace(text.slice(tokens[first]!.span.start, tokens[last]!.span.end)).some(
      (e) => e.featureCode === 'PCLI',
    );
  if (nextLower && GROUP_HEAD_NOUNS.has(next.norm) && ((single && adjective) || country())) {
    return { ...base, type: 'group', rule: 'group-head', confidence: 0.7, extendTo: last + 1 };
  }
  // 'He said: "Believe me"': a common word capitalised only as a quotation's first word is no name.
  const cued = cues && (cues.place || cues.locative || cues.person || cues.body !== null);
  if (single && tagged !== null && !cued && quoteOpener(text, tokens, first, tagged)) return null;
  const sense = single ? loneWordSense(text, tokens, first, tagged, cues) : undefined;
  if (sense !== undefined) return sense;
  const doubt = doubtfulPlace(text, tokens, first, last, { tagged, cues, writtenLower });
  if (doubt !== undefined) return doubt;
  if (tagged === 'PER' && cues && !cues.person) {
    // "Timbuktu" tagged a person with no title, first name or "who" for it, but "in Timbuktu" and a town the
    // gazetteer knows (or ", which" after it), or "the towns of Gao, Kidal and Timbuktu": a place.
    const townBody = cues.body !== null && !cues.company;
    if (cues.place || ((cues.locative || townBody) && populatedPlace(name)))
      return { ...base, type: 'place', rule: 'place-not-person', confidence: 0.7 };
    if (cues.body) return { ...base, type: cues.body, rule: 'body-not-person', confidence: 0.65 };
  }
  if (tagged !== null && tagged !== 'MISC') {
    return { ...base, type: TAGGED[tagged], rule: `tagger:${tagged}`, confidence: 0.8 };
  }
  // A modifier or adjective ("Kurdish control", "Western music", "Kurdish YPG") or a lone sentence-initial word
  // is not a name on its own.
  const sameSentence = next !== undefined && next.sentence === tokens[last]!.sentence;
  const hyphenNext = sameSentence && next.norm === '-' && next.span.start === tokens[last]!.span.end;
  const beforeName = sameSentence && tagged === 'MISC' && /^\p{Lu}/u.test(text[next.span.start]!);
  const modifier = (nextLower && next.pos === 'NOUN') || hyphenNext || beforeName;
  const nationality = tagged === 'MISC' && DEMONYMS[tokens[first]!.norm] !== undefined;
  // A nationality stays for the gazetteer ("Canadian", read later as a place modifier); "Western music" does not.
  const demonym = DEMONYMS[lower] !== undefined || GEO_DEMONYMS[lower] !== undefined;
  if (tagged === 'MISC' && modifier && !demonym) return null;
  // A lone word only a hamlet is named ("one Christmas", "Exxon and Chevron") is no place; a nationality stays.
  if (single && !demonym ? notablePlace(name) : lookupPlace(name).length > 0) {
    return { ...base, type: 'place', rule: 'gazetteer', confidence: 0.75 };
  }
  // "the West African nation", "South Korean troops": an adjective of place the gazetteer lacks only describes.
  // ("heads" in "the West African heads of state" may be tagged a verb; an adjective still goes with it).
  const plural = nextLower && next.pos === 'VERB' && next.norm.endsWith('s');
  if (demonym && !single && (modifier || plural)) return null;
  if (single && (sentenceFirst || modifier || nationality || tokens[first]!.pos === 'ADJ')) return null;
  return { ...base, type: 'other', rule: 'propn-run', confidence: 0.5 };
};
