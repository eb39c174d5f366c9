import type { Stance } from '../../model/stance.js';

/**
 * A reporting cue: the word forms (lower case; a phrase is space-separated) that attribute content to a source.
 * `hedge`: the cue itself distances the writer from the content ("claimed").
 * `clause`: the cue attributes only a clause, quote or colon ("added that…"), never a bare object ("added two districts").
 * `addressee`: the cue names a listener before the content ("told Reuters: …", "told AFP that …").
 * `object`: a bare object ends at the clause's first comma ("denied the claims, but …").
 * `verbOnly`: a cue only where the tagger reads the word as a verb ("polls show", not "the show").
 */
export interface AttributionCue {
  readonly forms: readonly string[];
  readonly stance: Stance;
  readonly hedge?: boolean;
  readonly clause?: boolean;
  readonly addressee?: boolean;
  readonly object?: boolean;
  readonly verbOnly?: boolean;
}

export const ATTRIBUTION_CUES: readonly AttributionCue[] = [
  { forms: ['said', 'says', 'say', 'saying'], stance: 'asserts' },
  { forms: ['told', 'tells', 'tell'], stance: 'asserts', clause: true, addressee: true },
  { forms: ['added', 'adds'], stance: 'asserts', clause: true },
  { forms: ['stated', 'states'], stance: 'asserts', clause: true },
  { forms: ['reported', 'reports'], stance: 'asserts', clause: true },
  { forms: ['claimed', 'claims', 'claim'], stance: 'asserts', hedge: true },
  { forms: ['alleged', 'alleges', 'allege'], stance: 'asserts', hedge: true },
  {
    forms: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses'],
    stance: 'denies',
    object: true,
  },
  { forms: ['confirmed', 'confirms', 'confirm', 'verified', 'verifies'], stance: 'confirms', object: true },
  { forms: ['accused', 'accuses', 'accuse', 'blamed', 'blames', 'blame'], stance: 'accuses', object: true },
  { forms: ['warned', 'warns', 'warn', 'cautioned', 'cautions'], stance: 'warns' },
  { forms: ['proposed', 'proposes', 'propose', 'offered', 'offers'], stance: 'proposes', object: true },
  {
    forms: ['demanded', 'demands', 'demand', 'called for', 'calls for', 'call for', 'urged', 'urges', 'urge'],
    stance: 'demands',
    object: true,
  },
  { forms: ['hoped', 'hopes', 'hope'], stance: 'hopes' },
  {
    forms: ['announced', 'announces', 'announce', 'trumpeted', 'trumpets'],
    stance: 'announces',
    object: true,
  },
];

/** "according to X": the source follows the cue. */
export const ACCORDING_TO = 'according to';

/** Words after "according to" that name a plan, not a source ("according to plan"). */
export const ACCORDING_TO_NON_SOURCES: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'schedule',
  'script',
  'tradition',
  'custom',
  'law',
  'rules',
  'protocol',
  'expectations',
]);

/**
 * Objects that make a cue verb an act rather than a claim: "claimed responsibility for the attack", "the blast
 * claimed the lives of 20 people" (first word of the cue → words that may follow it).
 */
export const CUE_ACT_OBJECTS: Readonly<Record<string, ReadonlySet<string>>> = {
  claimed: new Set(['responsibility', 'credit', 'lives']),
  claims: new Set(['responsibility', 'credit', 'lives']),
  claim: new Set(['responsibility', 'credit', 'lives']),
};

/**
 * Demand cues that demand only before these words, and otherwise assert: "called on Israel to stop" and
 * "insisted on talks" demand; "called the shelling outrageous" and "insisted the town was held" assert
 * (first word of the cue → the words after it that keep the demand).
 */
const DEMANDING: ReadonlySet<string> = new Set(['on', 'upon', 'for']);
export const DEMAND_ONLY_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  called: DEMANDING,
  calls: DEMANDING,
  calling: DEMANDING,
  insisted: DEMANDING,
  insists: DEMANDING,
  insist: DEMANDING,
  insisting: DEMANDING,
};

/** Objects of a denial or confirmation that point back at an earlier claim ("denied the claims"). */
export const CLAIM_ANAPHORS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'it',
  'this',
  'that',
  'them',
  'account',
  'accounts',
  'statement',
  'statements',
]);
