import { lookupPlace } from '../../geo/lookup-place.js';
import { ACCORDING_TO, ATTRIBUTION_CUES } from '../../lang/en/attribution-cues.js';
import {
  GOVERNMENT_ACTION_VERBS,
  SEATS_OF_GOVERNMENT,
  STATE_AGENT_NOUNS,
  STATE_FORCE_NOUNS,
  STATE_FORCE_VERBS,
  SUBJECT_VERB_FILLERS,
} from '../../lang/en/entities-metonymy.js';
import type { Token } from '../../model/token.js';
import { countryDemonym } from './country-demonym.js';

const CAPITAL = /^\p{Lu}/u;
let verbs: ReadonlySet<string> | null = null;
const claimVerbs = (): ReadonlySet<string> => {
  verbs ??= new Set([
    ...ATTRIBUTION_CUES.flatMap((c) => c.forms.map((f) => f.split(' ')[0]!)),
    ...GOVERNMENT_ACTION_VERBS,
    ...STATE_FORCE_VERBS,
  ]);
  return verbs;
};

/**
 * The country a place name can stand for as a government: a country itself, or a capital (the most populous
 * town of that name is a capital, or a listed seat of government). Null otherwise.
 */
export const governedCountry = (name: string): string | null => {
  const seat = SEATS_OF_GOVERNMENT[name.toLowerCase()];
  if (seat) return seat;
  const entries = lookupPlace(name);
  const country = entries.find((e) => e.featureCode === 'PCLI');
  if (country) return country.country;
  const towns = entries.filter((e) => e.featureCode.startsWith('PPL'));
  const top = towns.sort((a, b) => b.population - a.population)[0];
  return top?.featureCode === 'PPLC' ? top.country : null;
};

/** Index just past a comma-enclosed apposition starting at `i` (", a key regime ally,"), else `i`. */
const skipApposition = (tokens: readonly Token[], i: number): number => {
  if (tokens[i]?.norm !== ',') return i;
  for (let k = i + 1; k <= i + 10 && tokens[k]?.sentence === tokens[i]!.sentence; k += 1) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'which' || t.norm === 'who') return i;
    if (t.norm === ',') return k + 1;
  }
  return i;
};

const possessive = (t: Token | undefined): boolean => t?.norm === "'s" || t?.norm === '’s';

/**
 * "US President Barack Obama", "U.S. Secretary of State John Kerry": a capitalised noun of office at `i` that is
 * a title before a name; the country before it only says whose, a place, not the government acting.
 */
const titleBeforeName = (text: string, tokens: readonly Token[], i: number): boolean => {
  const capital = (k: number) =>
    tokens[k]?.sentence === tokens[i]!.sentence && CAPITAL.test(text[tokens[k]!.span.start]!);
  let k = i + 1;
  if (tokens[k]?.norm === 'of' && capital(k + 1)) k += 2;
  return capital(i) && capital(k);
};

/** Words a possessive may put before its noun of state office ("Israel's top military spokesman"). */
const OFFICE_MODIFIERS = 3;

/**
 * "Israel's offensive", "Turkey's air strikes": the name owns a noun of armed force; "U.S. officials",
 * "Israel's leaders", "Egypt's prime minister": it modifies or owns a noun of the state's voice and offices.
 */
const ownsStateNoun = (text: string, tokens: readonly Token[], last: number): boolean => {
  const next = tokens[last + 1];
  if (next && next.sentence === tokens[last]!.sentence && STATE_AGENT_NOUNS.has(next.norm))
    return !titleBeforeName(text, tokens, last + 1);
  if (!possessive(next)) return false;
  const noun = tokens[last + 2]?.norm === 'air' ? tokens[last + 3] : tokens[last + 2];
  if (noun !== undefined && STATE_FORCE_NOUNS.has(noun.norm)) return true;
  for (let k = last + 2; k <= last + 1 + OFFICE_MODIFIERS; k += 1) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.sentence !== next!.sentence) return false;
    if (STATE_AGENT_NOUNS.has(t.norm)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
};

/**
 * True when the name at tokens [first, last] is the subject (or the "according to" source) of a claim, a
 * government act or an act of armed force, or owns a noun of armed force: "Damascus said", "Moscow, a key
 * regime ally, has proposed", "Both Damascus and Moscow have accused", "according to Ankara", "Turkey launched
 * air strikes", "Israel's offensive", "U.S. officials", "Israel's leaders". Not after a preposition ("in
 * Damascus", "talks in Moscow ended").
 */
export const actsAsGovernment = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean => {
  const sentence = tokens[first]!.sentence;
  const prev = tokens[first - 1];
  if (prev?.sentence === sentence && `${tokens[first - 2]?.norm} ${prev.norm}` === ACCORDING_TO) return true;
  if (prev?.sentence === sentence && (prev.pos === 'ADP' || prev.norm === "'s")) return false;
  if (ownsStateNoun(text, tokens, last)) return true;
  let i = skipApposition(tokens, last + 1);
  // Coordinated subjects: "Damascus and Moscow have accused".
  while (tokens[i]?.norm === 'and' && tokens[i + 1] && CAPITAL.test(text[tokens[i + 1]!.span.start]!)) {
    i += 2;
    while (tokens[i] && tokens[i]!.sentence === sentence && CAPITAL.test(text[tokens[i]!.span.start]!))
      i += 1;
  }
  for (let n = 0; n < 3 && tokens[i] && SUBJECT_VERB_FILLERS.has(tokens[i]!.norm); n += 1) i += 1;
  const verb = tokens[i];
  return verb !== undefined && verb.sentence === sentence && claimVerbs().has(verb.norm);
};

/** The government key of a country ("SY" → "syrian government"), or null without a demonym for it. */
export const governmentKey = (country: string): string | null => {
  const d = countryDemonym(country);
  return d ? `${d} government` : null;
};
