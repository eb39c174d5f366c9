import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { lookupPlace } from '../../geo/lookup-place.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import { STREET_HEADS } from '../../lang/en/geo-place-cues.js';
import type { MentionInfo } from './candidate-features.js';
import { countryFocus } from './country-focus.js';
import { embeddedCandidates } from './embedded-candidates.js';
import { mentionInfos, streetWordAfter } from './mention-info.js';
import { bareNameAreas, isAccidentalPlaceName, placeCandidates } from './place-candidates.js';
import { isWideFeature, placeEvidence } from './place-evidence.js';

/** A mention's [start, end) in its document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The candidates of a document's place mentions, computed once (the weights tuner reuses them). */
export interface DocumentCandidates {
  readonly lists: readonly (readonly GazetteerEntry[])[];
  /** Whether a mention's candidates are those of a place named inside it (see `embeddedCandidates`). */
  readonly embedded: readonly boolean[];
  /** Whether a mention is a word that names a place only by accident ("the West"). */
  readonly accidental: readonly boolean[];
  /** Whether the document says a mention's name is a place's (see `placeEvidence`). */
  readonly evidenced: readonly boolean[];
  /** Whether a mention names a natural feature too wide to place by the document's town (see `isWideFeature`). */
  readonly wide: readonly boolean[];
  readonly infos: readonly MentionInfo[];
}

const STREET = new Set(STREET_HEADS);
const isStreet = (name: string): boolean => {
  const words = normalizePlaceName(name).split(' ');
  return words.length > 1 && STREET.has(words.at(-1)!);
};

/**
 * A name the text marks as a town's ("NEW YORK (AP) —", "New York city") keeps its candidates, and when none is a
 * town gains the towns filed as "<name> City" in a region among them (New York City in New York).
 */
const withTownNamed = (name: string, found: readonly GazetteerEntry[]): readonly GazetteerEntry[] => {
  if (found.length === 0 || found.some((e) => e.precision === 'city')) return found;
  const regions = new Set(found.map((e) => (e.featureCode === 'ADM1' ? e.id : e.region)));
  const towns = lookupPlace(`${name} City`).filter((e) => e.precision === 'city' && regions.has(e.region));
  return [...found, ...towns];
};

/**
 * An area's name with a kind word of no fixed level ("Karak district") whose candidates lie outside the
 * document's country (a Pakistani district in a story from Jordan) gains the regions of its bare name in that
 * country (Jordan's Karak governorate).
 */
const withFocusAreas = (
  name: string,
  found: readonly GazetteerEntry[],
  focus: string | null,
): readonly GazetteerEntry[] => {
  if (focus === null || found.some((e) => e.country === focus)) return found;
  const areas = bareNameAreas(name).filter((e) => e.country === focus && !found.includes(e));
  return areas.length > 0 ? [...found, ...areas] : found;
};

/**
 * The candidates of a mention the text marks as a street's: none ("Bourbon and Dauphine streets"), but those of
 * the whole name for the first words of a street's name, which are the town of a well-known street ("[Wall]
 * Street": New York City, not Wall, Pennsylvania) and none for others ("[Pennsylvania] Avenue" is no state).
 */
const streetCandidates = (text: string, start: number, end: number): readonly GazetteerEntry[] => {
  const word = streetWordAfter(text, end);
  return word === null ? [] : placeCandidates(`${text.slice(start, end)} ${word}`);
};

/**
 * Every mention's candidates: its own name's, else (unless it names a street) those of a place named inside it.
 * A street is named after anything ("Hampton Avenue", "Bourbon and Dauphine streets"): it has no candidates of
 * its own and lies in the document's town, unless it is a well-known street (see `streetCandidates`).
 */
export const documentCandidates = (text: string, spans: readonly Span[]): DocumentCandidates => {
  const cache = new Map<string, readonly [readonly GazetteerEntry[], boolean]>();
  const infos = mentionInfos(text, spans);
  const found = spans.map(({ start, end }, i): readonly [readonly GazetteerEntry[], boolean] => {
    if (infos[i]!.cue === 'street') return [streetCandidates(text, start, end), false];
    const name = text.slice(start, end);
    let hit = cache.get(name);
    if (hit === undefined) {
      const own = placeCandidates(name);
      const skip = own.length > 0 || isStreet(name) || isAccidentalPlaceName(name);
      hit = skip ? [own, false] : [embeddedCandidates(name), true];
      cache.set(name, hit);
    }
    return infos[i]!.cue === 'settlement' && !hit[1] ? [withTownNamed(name, hit[0]), false] : hit;
  });
  const focus = countryFocus(found.map(([l, e]) => (e ? [] : l)));
  const lists = found.map(([l, e], i) =>
    e ? l : withFocusAreas(text.slice(spans[i]!.start, spans[i]!.end), l, focus),
  );
  const embedded = found.map(([l, e]) => e && l.length > 0);
  return {
    lists,
    embedded,
    // "the corner of State and Hubbard streets": a word that names no place names a street when the text says so.
    accidental: spans.map(
      ({ start, end }, i) => infos[i]!.cue !== 'street' && isAccidentalPlaceName(text.slice(start, end)),
    ),
    infos,
    evidenced: placeEvidence(text, spans, infos, lists, embedded),
    wide: spans.map(({ end }, i) => isWideFeature(infos[i]!.norm, text, end)),
  };
};
