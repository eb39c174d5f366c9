import type { EventStatus } from '../../model/picture.js';
import type { Telling } from './event-telling.js';
import { retellingKeys } from './merge-tellings.js';

/** Stances of a telling that do not vouch for the event: a denial, and a refusal to confirm or deny. */
const NOT_A_SOURCE: ReadonlySet<string> = new Set(['denies', 'declines']);

/** Whether a telling with this stance says the event happened (its claimant is a source of it). */
export const vouches = (stance: string): boolean => !NOT_A_SOURCE.has(stance);

/**
 * Independent sources of an event: distinct voices (the claimant, else the outlet, else the report) among the
 * tellings that vouch for it (neither deny it nor decline to confirm it), in reports that are not
 * near-duplicates (a wire copy counts once), each telling once (a clause's second word or a passage repeated
 * in its report adds no voice, though its attribution may read otherwise).
 */
export const independentSources = (tellings: readonly Telling[]): number => {
  const vouching = tellings.filter((t) => vouches(t.evidence.stance) && t.doc.report.duplicateOf === null);
  // retellings share a report, so the keys are read only where a report tells the event more than once
  const perReport = new Map<string, number>();
  for (const t of vouching) perReport.set(t.doc.report.id, (perReport.get(t.doc.report.id) ?? 0) + 1);
  const told = new Set<string>();
  const voices = new Set<string>();
  for (const t of vouching) {
    const keys = perReport.get(t.doc.report.id)! > 1 ? retellingKeys(t) : [];
    const again = keys.some((k) => told.has(k));
    for (const k of keys) told.add(k);
    if (!again) voices.add(t.evidence.claimantId ?? `outlet:${t.doc.report.outlet ?? t.doc.report.id}`);
  }
  return voices.size;
};

/**
 * 'disputed' when a denied claim tells it, or a telling denies it and another vouches for it (one source says
 * it happened, another that it did not); 'corroborated' with ≥ 2 sources; else 'reported'. A denial no telling
 * answers ("no arrests have been made") disputes nothing: the event is reported as not having happened.
 */
export const eventStatus = (tellings: readonly Telling[]): EventStatus => {
  if (tellings.some((t) => t.deniedClaim)) return 'disputed';
  const denied = tellings.some((t) => t.evidence.stance === 'denies');
  if (denied && tellings.some((t) => vouches(t.evidence.stance))) return 'disputed';
  return independentSources(tellings) >= 2 ? 'corroborated' : 'reported';
};
