import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { CandidatePairs } from './candidate-pairs.js';

/** What the text right after a mention says about the kind of place it is. */
export type PlaceCue = 'region' | 'county' | 'district' | 'settlement' | 'street' | null;

/** A place another mention of the document resolved to: its entry, and whether its name was unambiguous. */
export interface ContextPlace {
  readonly entry: GazetteerEntry;
  readonly unique: boolean;
}

/** The document context a candidate is weighed against. */
export interface PlaceContext {
  /** ISO country the document is about, or null. */
  readonly focus: string | null;
  /** Gazetteer ids the document's place mentions resolve to (the previous pass), with the names resolving to each. */
  readonly mentioned: ReadonlyMap<string, ReadonlySet<number>>;
  /** Town- or district-level places of the document (the previous pass), for nearness. */
  readonly points: readonly ContextPlace[];
  /** Where the candidates of the document's other names lie. */
  readonly pairs: CandidatePairs;
}

/** What is known about one mention apart from the document: its normalised text and the cue after it. */
export interface MentionInfo {
  readonly norm: string;
  /** The index of the mention's distinct name in its document (mentions with one name share it). */
  readonly nameIndex: number;
  readonly cue: PlaceCue;
  /** Gazetteer ids of the region or country the text names right after it ("Paris, Tenn."). */
  readonly containers: readonly string[];
  /**
   * Those of `containers` that are first-level regions or countries named by all the words after the comma,
   * unless a list goes on ("Nyando, Kisii, Wajir"): the region the text says the name lies in ("Camp Murray,
   * Wash.").
   */
  readonly statedRegions: readonly string[];
  /** Whether the name ends in a word for a street, building or site ("Royal Street", "City Hall"). */
  readonly inTown: boolean;
  /**
   * Whether the document uses the name for a sports team: "against Louisville", or the home of a team of a league
   * the document names ("a loss to Cleveland" in a story about the NBA; see `leagueHomes`).
   */
  readonly team: boolean;
  /** The name indices of the document's longer forms of the name with a county word ("Suffolk County"). */
  readonly longForms: readonly number[];
}
