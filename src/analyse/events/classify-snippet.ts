import { SITREP_TYPE_LABELS } from '../../lang/en/events-acled-cues.js';
import {
  ACLED_FALLBACK_LABEL,
  ACLED_REFINEMENTS,
  BACKGROUND_CUES,
  NEEDS_PROTEST_CONTEXT,
  PROTEST_CONTEXT,
  REFINEMENT_MIN,
  REFINEMENT_SHARE,
} from '../../lang/en/events-acled-rules.js';
import type { EventMention } from '../../model/event-mention.js';
import { positionFactor, scoreAcledCues } from './score-acled-cues.js';
import { territoryHits } from './territory-label.js';

export { ACLED_FALLBACK_LABEL as FALLBACK_LABEL };

/** The weight of a place changing hands (a defining cue of the territorial sub-events). */
const TERRITORY_WEIGHT = 6;
/** The weight of one sitrep event's vote. */
const EVENT_VOTE = 1;
/** How much a cue or vote counts inside an event told as not having happened (feared, planned, denied…). */
const NOT_HAPPENED = 0.4;

const PROTEST_RE = new RegExp(`\\b(?:${PROTEST_CONTEXT})\\b`, 'iu');
const BACKGROUND_RE = new RegExp(`\\b(?:${BACKGROUND_CUES})\\b[^.!?]*`, 'giu');

/** Stretches that tell an earlier event as the background of the main one ("in retaliation for …"). */
const backgroundSpans = (text: string) =>
  [...text.matchAll(BACKGROUND_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * Scores a snippet against the 30 CASE-2021 labels: weighted cues (more near the start), places changing hands
 * labelled by who took them, and a vote from each sitrep event; evidence inside an event told as feared,
 * planned, hypothetical or denied counts less. Returns labels by score, best first.
 */
export const scoreSnippet = (
  text: string,
  events: readonly EventMention[],
): readonly (readonly [string, number])[] => {
  const unreal = [
    ...events.filter((e) => e.modality !== 'happened').map((e) => e.trigger),
    ...backgroundSpans(text),
  ];
  const discount = (start: number, end: number) =>
    unreal.some((s) => s.start < end && start < s.end) ? NOT_HAPPENED : 1;
  const scores = scoreAcledCues(text, discount);
  const bump = (label: string, x: number) => scores.set(label, (scores.get(label) ?? 0) + x);
  for (const hit of territoryHits(text)) {
    bump(
      hit.label,
      TERRITORY_WEIGHT *
        hit.strength *
        positionFactor(hit.index, text.length) *
        discount(hit.index, hit.index + 1),
    );
  }
  for (const e of events) {
    const label = SITREP_TYPE_LABELS[e.type];
    if (label) bump(label, e.modality === 'happened' ? EVENT_VOTE : EVENT_VOTE * NOT_HAPPENED);
  }
  if (!PROTEST_RE.test(text)) {
    for (const [label, share] of Object.entries(NEEDS_PROTEST_CONTEXT)) {
      const s = scores.get(label);
      if (s !== undefined) scores.set(label, s * share);
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1]);
};

/**
 * The best label for a snippet, refined (repeatedly) to a more specific one that also fired with enough
 * evidence (ACLED_REFINEMENTS), or the fallback when nothing fired.
 */
export const classifySnippet = (text: string, events: readonly EventMention[]): string => {
  const ranked = scoreSnippet(text, events);
  const first = ranked[0]?.[0];
  return first === undefined ? ACLED_FALLBACK_LABEL : refine(first, new Map(ranked), new Set([first]));
};

/** The first more specific label (in priority order) with enough evidence, refined again; else the label. */
const refine = (label: string, score: ReadonlyMap<string, number>, seen: ReadonlySet<string>): string => {
  const top = score.get(label) ?? 0;
  const finer = (ACLED_REFINEMENTS[label] ?? []).find(
    ([l, share]) =>
      !seen.has(l) && (score.get(l) ?? 0) >= Math.max(REFINEMENT_MIN, (share ?? REFINEMENT_SHARE) * top),
  )?.[0];
  return finer === undefined ? label : refine(finer, score, new Set([...seen, finer]));
};
