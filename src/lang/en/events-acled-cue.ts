/**
 * One snippet cue for an ACLED / CASE-2021 label: [label, weight, pattern]. The pattern is a case-insensitive
 * regex source, word-bounded by the reader. Weights: 5–6 a defining phrase of the sub-event ("suicide bomber",
 * "hand grenade", "without resistance"), 3–4 a strong cue, 1–2 a supporting word that other labels share.
 */
export type AcledCue = readonly [label: string, weight: number, pattern: string];

/** Common word classes the cue patterns share (regex sources). */
export const W = {
  /** Up to n filler words ("fired (two heavy) rockets"). */
  gap: (n: number): string => `(?:[\\w'’-]+\\s+){0,${n}}`,
  /** Civilians as victims. */
  civilians:
    'civilians?|villagers?|residents?|worshippers?|farmers?|passengers?|travell?ers|motorists?|women|children|pupils|students?|teachers?|traders?|herders?|fishermen|pilgrims|mourners|families|family|people|persons|shoppers|journalists?|reporters?|a (?:man|woman|boy|girl|teenager|child|trader|farmer|pastor|priest|imam|cleric|chief|councill?or|politician|lawyer|doctor)',
  /** State security forces. */
  forces:
    'soldiers?|troops?|army|military|police(?:men)?|policem[ae]n|police officers?|officers|security (?:forces|personnel|agents)|gendarmes?|guards?|forces',
  /** Protest actors and events. */
  protest:
    'protest(?:ers?|ors?|s)?|demonstrat(?:ors?|ions?)|marchers|rall(?:y|ies)|sit-ins?|crowds?|students|activists|strikers|gathering',
} as const;
