import { lookupPlace } from '../../geo/lookup-place.js';
import {
  GROUP_CUE_WORDS,
  GROUP_HEAD_NOUNS,
  ORG_CUE_WORDS,
  ORG_KIND_WORDS,
} from '../../lang/en/entities-cues.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import type { OrgKind } from '../../lang/en/entities-lexicon.js';
import {
  DISTRICT_CUES_AFTER,
  LANDMARK_CUES_AFTER,
  REGION_CUES_AFTER,
  SETTLEMENT_CUES_AFTER,
} from '../../lang/en/geo-place-cues.js';
import type { EntityType } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';

/** How a fresh (not yet known) name is typed, and why. */
export interface RunClass {
  readonly type: EntityType;
  readonly rule: string;
  readonly confidence: number;
  readonly kind: OrgKind | null;
  /** Tokens past the run that belong to the name ("airport" in "Aleppo airport", "forces" in "Kurdish forces"). */
  readonly extendTo: number;
}

const PLACE_AFTER = new Set([...DISTRICT_CUES_AFTER, ...REGION_CUES_AFTER, ...SETTLEMENT_CUES_AFTER]);
const LANDMARK = new Set(LANDMARK_CUES_AFTER);

/** Capitalised words of a run, lower case, without particles and punctuation. */
export const nameWords = (text: string, tokens: readonly Token[], first: number, last: number): string[] => {
  const out: string[] = [];
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i]!;
    if (/^\p{Lu}/u.test(text.slice(t.span.start, t.span.end))) out.push(t.norm);
  }
  return out;
};

/** What is known around a run before it is typed. */
export interface RunContext {
  /** A person title right before it ("President"). */
  readonly titled: boolean;
  /** A place cue right before it ("the district of"). */
  readonly placeCueBefore: boolean;
  /** It opens a sentence, or is a lone word also seen in lower case. */
  readonly sentenceFirst: boolean;
  /** The tagger's type for it in this document, or null (no tagger, or a repaired run). */
  readonly tagged: NerType | null;
}

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
  { titled, placeCueBefore, sentenceFirst, tagged }: RunContext,
): RunClass | null => {
  const words = nameWords(text, tokens, first, last);
  const next = tokens[last + 1];
  const nextLower =
    next &&
    next.sentence === tokens[last]!.sentence &&
    /^\p{Ll}/u.test(text.slice(next.span.start, next.span.end));
  const base = { kind: null, extendTo: last };
  if (titled) return { ...base, type: 'person', rule: 'title', confidence: 0.85 };
  if (nextLower && LANDMARK.has(next.norm)) {
    return { ...base, type: 'place', rule: 'place-cue', confidence: 0.8, extendTo: last + 1 };
  }
  if (placeCueBefore || (nextLower && PLACE_AFTER.has(next.norm))) {
    return { ...base, type: 'place', rule: 'place-cue', confidence: 0.8 };
  }
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
  if (words.some((w) => GROUP_CUE_WORDS.has(w)))
    return { ...base, type: 'group', rule: 'group-cue', confidence: 0.8 };
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
  if (tagged !== null && tagged !== 'MISC') {
    return { ...base, type: TAGGED[tagged], rule: `tagger:${tagged}`, confidence: 0.8 };
  }
  if (lookupPlace(text.slice(tokens[first]!.span.start, tokens[last]!.span.end)).length > 0) {
    return { ...base, type: 'place', rule: 'gazetteer', confidence: 0.75 };
  }
  // A lone adjective or modifier ("Kurdish control", "Kurdish YPG") or a lone sentence-initial word is not a name
  // on its own.
  const sameSentence = next !== undefined && next.sentence === tokens[last]!.sentence;
  const hyphenNext = sameSentence && next.norm === '-' && next.span.start === tokens[last]!.span.end;
  const beforeName = sameSentence && tagged === 'MISC' && /^\p{Lu}/u.test(text[next.span.start]!);
  const modifier = (nextLower && next.pos === 'NOUN') || hyphenNext || beforeName;
  const nationality = tagged === 'MISC' && DEMONYMS[tokens[first]!.norm] !== undefined;
  if (single && (sentenceFirst || modifier || nationality || tokens[first]!.pos === 'ADJ')) return null;
  return { ...base, type: 'other', rule: 'propn-run', confidence: 0.5 };
};
