import { COMPASS_POINTS } from '../../lang/en/compass-points.js';
import { COUNTRY_NOUNS, COUNTRY_PART_NOUNS } from '../../lang/en/events-place-cues.js';
import { PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES } from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { GeoPoint } from '../../model/geo.js';
import type { Token } from '../../model/token.js';
import type { TriggerInSentence } from './clause-of.js';
import { plainWord } from './noun-phrase-words.js';

/** What the reader of "seized the north of the country" sees of one territory-change trigger without a place. */
export interface CountryPartInput extends TriggerInSentence {
  /** The token the trigger's clause ends before. */
  readonly end: number;
  /** The document's entity mentions, in text order. */
  readonly entities: readonly EntityMention[];
  /** The sentence's entity mentions. */
  readonly sentenceEntities: readonly EntityMention[];
  /** The gazetteer entry a mention resolves to, null when unresolved. */
  readonly geoOf: (e: EntityMention) => GeoPoint | null;
}

/** Words between the trigger (or "control of") and "of the country" ("the entire northern half"). */
const PART_REACH = 5;

/** Words between "the" and a point of the compass ("seized the entire north"). */
const COMPASS_REACH = 2;

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const AUXILIARIES = new Set([...PASSIVE_AUXILIARIES, ...PERFECT_AUXILIARIES]);
/** Whether a word after a point of the compass makes it a modifier ("the north bank"); a tagged verb does not. */
const modifies = (text: string, t: Token): boolean =>
  plainWord(text, t) && (t.pos === null ? !AUXILIARIES.has(t.norm) : NOMINAL.has(t.pos));

/** Whether the trigger's object is a bare point of the compass: "seized the north", not "the north of X", "the north bank". */
const takesCompassPoint = ({ text, toks, end }: CountryPartInput, i: number): boolean => {
  if (toks[i]?.norm !== 'the') return false;
  for (let k = i + 1; k < end && k <= i + 1 + COMPASS_REACH; k += 1) {
    const t = toks[k]!;
    if (COMPASS_POINTS.includes(t.norm) && plainWord(text, t)) {
      const next = toks[k + 1];
      return next === undefined || k + 1 >= end || (next.norm !== 'of' && !modifies(text, next));
    }
    if (!plainWord(text, t)) return false;
  }
  return false;
};

/**
 * Whether the trigger's object is a part of "the country" ("control of the entire northern half of the nation"),
 * or a bare point of the compass ("seized the north").
 */
const takesCountryPart = (input: CountryPartInput): boolean => {
  const { text, toks, trigger, end } = input;
  let i = trigger.last;
  if (toks[i]?.norm === 'control' && toks[i + 1]?.norm === 'of') i += 2;
  else if (toks[i - 1]?.norm === 'control' && toks[i]?.norm === 'of') i += 1;
  if (takesCompassPoint(input, i)) return true;
  let part = false;
  for (let n = 0; n <= PART_REACH && i + 2 < end; n += 1, i += 1) {
    const t = toks[i]!;
    if (t.norm === 'of' && toks[i + 1]!.norm === 'the' && COUNTRY_NOUNS.has(toks[i + 2]!.norm)) return part;
    if (!plainWord(text, t)) return false;
    part ||= COUNTRY_PART_NOUNS.has(t.norm);
  }
  return false;
};

/**
 * The country a territory change takes part of when it calls it only "the country" ("seized control of the
 * northern half of the nation", "took much of the country") or by a point of the compass ("seized the north"): the only country named before in the report, else
 * the country every resolved place of the sentence lies in, when the report names it before. Not "seized control
 * of the country" (a whole country: a coup, not ground taken), nor "the capital of the country".
 */
export const countryPart = (input: CountryPartInput): EntityMention | null => {
  if (!takesCountryPart(input)) return null;
  const before = input.toks[input.trigger.first]!.span.start;
  const countries = input.entities.filter(
    (e) => e.span.end <= before && input.geoOf(e)?.precision === 'country' && input.geoOf(e)?.country,
  );
  const codeOf = (e: EntityMention) => input.geoOf(e)?.country ?? null;
  const codes = new Set(countries.map(codeOf));
  const around = new Set(
    input.sentenceEntities.flatMap((e) => {
      const geo = input.geoOf(e);
      return geo && geo.precision !== 'country' && geo.country ? [geo.country] : [];
    }),
  );
  const code = codes.size === 1 ? [...codes][0] : around.size === 1 ? [...around][0] : null;
  return countries.filter((e) => code !== null && codeOf(e) === code).at(-1) ?? null;
};
