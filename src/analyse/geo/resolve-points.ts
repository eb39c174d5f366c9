import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { GeoPoint } from '../../model/geo.js';
import type { Features, MentionInfo } from './candidate-features.js';
import { CANDIDATE_WEIGHTS } from './candidate-weights.js';
import { choosePlaces, mainRegion, mainTown } from './choose-places.js';
import { isCommonWordName } from './common-word-name.js';
import { contextPoint } from './context-point.js';
import { countryFocus } from './country-focus.js';
import type { DocumentCandidates, Span } from './document-candidates.js';
import { entryPoint } from './entry-point.js';
import { isFarNamesake, otherAreas } from './far-namesake.js';
import { isGenericNamesake } from './generic-namesake.js';
import { hasPlaceCue } from './place-evidence.js';
import { statedRegion } from './stated-region.js';
import { isUnsupportedTown } from './unsupported-town.js';

/** How one mention was placed, or null when it is not placed at all. */
export interface ResolvedPoint {
  /** The gazetteer entry chosen, null for a point borrowed from the context. */
  readonly entry: GazetteerEntry | null;
  readonly geo: GeoPoint;
  readonly rule: string;
  readonly confidence: number;
}

const STATED_CONFIDENCE = 0.5;

/**
 * The point of a known name's chosen entry; but a town outside the first-level region of its country that the
 * text states right after it ("Grantville, Pennsylvania" when the gazetteer knows only Grantville, Georgia) is
 * placed in that region.
 */
const gazetteerPoint = (e: GazetteerEntry, info: MentionInfo): ResolvedPoint => {
  const sameCountry = info.statedRegions.filter((c) => c.startsWith(`admin1:${e.country}.`));
  const stated = e.precision === 'city' ? statedRegion(sameCountry, e) : null;
  if (stated) {
    const geo: GeoPoint = { ...entryPoint(stated), gazetteerId: null };
    return { entry: null, geo, rule: 'context:stated-region', confidence: STATED_CONFIDENCE };
  }
  return { entry: e, geo: entryPoint(e), rule: 'gazetteer', confidence: 0.7 };
};

/** Whether the text names the region or country of `e` right after the name ("Visbek, Germany"). */
const statesWhere = (info: MentionInfo, e: GazetteerEntry): boolean =>
  info.containers.some((c) => c === e.region || c === `iso:${e.country}`);

/**
 * Places each mention of a document: the candidate `choosePlaces` picks for a known name (see
 * `gazetteerPoint`) unless it is a small town far from the document (`isUnsupportedTown`) or a namesake of a
 * generic name (`isGenericNamesake`: "the West Coast" of a report on Seattle) whose region or country the text
 * does not name right after it; for a name the gazetteer lacks or such a town, the place the
 * text puts it in or names inside it, else the document's main town, region or country (see `contextPoint`) —
 * only for a name known to be a place's (`certain`), of two words or more, or one the text says is a place's
 * (see `placeEvidence`: not "a branch of al-Qaeda", not "Media playback" for Media, Pennsylvania) and no natural
 * feature too wide for that ("the Sahara desert"). Words that name a place only by accident are not placed, nor is
 * a lone common word the gazetteer lacks ("Posted in Humor") unless a place word vouches for it (`hasPlaceCue`).
 * A mention the entities stage typed is not placed at a far small namesake the text never says is a place
 * (`isFarNamesake`: "the Alliance party" in a Belfast story is not Alliance, Ohio).
 */
export const resolvePoints = (
  text: string,
  spans: readonly Span[],
  dc: DocumentCandidates,
  weights: Features = CANDIDATE_WEIGHTS,
  certain: readonly boolean[] = [],
): (ResolvedPoint | null)[] => {
  const chosen = choosePlaces(dc.lists, dc.infos, weights, dc.embedded);
  const own = chosen.map((e, i) => (dc.embedded[i] ? null : e));
  // The document's country as its chosen places say (the candidates' country steered the choice).
  const focus = countryFocus(own.map((e) => (e ? [e] : [])));
  const doc = {
    text,
    spans,
    chosen,
    embedded: dc.embedded,
    town: mainTown(own, focus),
    region: mainRegion(own, focus),
    focus,
  };
  const candidateFocus = countryFocus(dc.lists.map((c, i) => (dc.embedded[i] ? [] : c)));
  // A mention whose caller knows it names a place (`certain`: given toponyms, confidence 1) and a name of two
  // words or more are taken for a place's without more evidence; a one-word name the entities stage typed
  // ("al-Qaeda", "Media", "Sharia") needs it. On the dev halves the multi-word rule keeps 49 of the 52 gold
  // toponyms the fallback placed within 161 km (47 when every name needs evidence) and cuts points on
  // non-toponyms from 176 to 52.
  const evidenced = spans.map(
    (s, i) => certain[i] === true || dc.evidenced[i]! || /\S\s+\S/.test(text.slice(s.start, s.end)),
  );
  // A common word the gazetteer lacks ("Posted in Humor", "Heart") is placed by the context only when a place
  // word vouches for it.
  const cued = new Set(
    spans.flatMap((s, i) => (hasPlaceCue(text, s, dc.infos[i]!) ? [dc.infos[i]!.nameIndex] : [])),
  );
  const bareWord = (i: number): boolean =>
    certain[i] !== true &&
    !cued.has(dc.infos[i]!.nameIndex) &&
    isCommonWordName(text.slice(spans[i]!.start, spans[i]!.end));
  const nameIndexes = dc.infos.map((m) => m.nameIndex);
  return chosen.map((e, i) => {
    const vouched = e !== null && statesWhere(dc.infos[i]!, e);
    // A far small namesake of a word of another sense ("a Roman brooch", "the Alliance party") is not placed.
    const areas =
      e && !vouched && certain[i] !== true ? otherAreas(chosen, nameIndexes, dc.infos[i]!.nameIndex) : null;
    if (e && areas && isFarNamesake(e, areas, dc.evidenced[i]!)) return null;
    const setting = { candidateFocus, focus, town: doc.town };
    const name = text.slice(spans[i]!.start, spans[i]!.end);
    const generic =
      e !== null &&
      isGenericNamesake(e, name, text.slice(Math.max(0, spans[i]!.start - 8), spans[i]!.start), setting);
    if (e && !dc.embedded[i] && !vouched && (generic || isUnsupportedTown(e, setting))) {
      // A far small town the text gives no sign of being a place is a word of another sense ("Media"); a
      // region abroad named only by generic words ("West Coast") is some other region of that description,
      // placed from the context or not at all.
      if (!evidenced[i]) return null;
      const unknown = contextPoint(
        { ...doc, chosen: chosen.map((c, j) => (j === i ? null : c)) },
        i,
        dc.infos[i]!,
        { evidenced: true, wide: dc.wide[i]! },
      );
      if (unknown || generic) return unknown;
    }
    if (e && !dc.embedded[i]) return gazetteerPoint(e, dc.infos[i]!);
    if (dc.accidental[i] || (e === null && bareWord(i))) return null;
    return contextPoint(doc, i, dc.infos[i]!, { evidenced: evidenced[i]!, wide: dc.wide[i]! });
  });
};
