import { ACLED_CUES, ACLED_REFINEMENTS, SITREP_TYPE_LABELS } from '../../lang/en/events-acled-cues.js';
import type { EventMention } from '../../model/event-mention.js';

/** The label chosen when no cue fires: the commonest kind of conflict report. */
export const FALLBACK_LABEL = 'ARMED_CLASH';
/** The weight of one sitrep event's vote (halved when the event is not told as having happened). */
const EVENT_VOTE = 1;
/** What each further match of a label's cue adds. */
const REPEAT = 0.25;

const CUES = ACLED_CUES.map(([label, pattern, weight]) => ({
  label,
  weight,
  re: new RegExp(`\\b(?:${pattern})\\b`, 'giu'),
}));

/**
 * Scores a snippet against the ACLED sub-event labels: each cue match counts its weight, more near the start
 * (the lead names the main event), and each sitrep event votes for its type's label. Returns labels by score.
 */
export const scoreSnippet = (
  text: string,
  events: readonly EventMention[],
): readonly (readonly [string, number])[] => {
  const scores = new Map<string, number>();
  const bump = (label: string, x: number) => scores.set(label, (scores.get(label) ?? 0) + x);
  const length = Math.max(text.length, 1);
  // A label's cue counts once, by its first match (a repeated generic word must not outvote a specific one).
  for (const cue of CUES) {
    const hits = [...text.matchAll(cue.re)];
    const first = hits[0];
    if (first) bump(cue.label, cue.weight * (1.5 - (first.index ?? 0) / length) + REPEAT * (hits.length - 1));
  }
  for (const e of events) {
    const label = SITREP_TYPE_LABELS[e.type];
    if (label) bump(label, e.modality === 'happened' ? EVENT_VOTE : EVENT_VOTE / 2);
  }
  return [...scores].sort((a, b) => b[1] - a[1]);
};

/** The best label for a snippet (refined to a more specific one that also fired), or the fallback. */
export const classifySnippet = (text: string, events: readonly EventMention[]): string => {
  const ranked = scoreSnippet(text, events);
  const best = ranked[0]?.[0];
  if (best === undefined) return FALLBACK_LABEL;
  const finer = ACLED_REFINEMENTS[best] ?? [];
  return ranked.find(([label]) => finer.includes(label))?.[0] ?? best;
};
