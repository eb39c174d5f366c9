import { VICTIM_TYPES } from '../../lang/en/events-causes.js';
import type { Telling } from './event-telling.js';

/** The targets named as a person or organisation, of an event done to someone (VICTIM_TYPES). */
export const victims = (t: Telling): readonly string[] =>
  VICTIM_TYPES.has(t.mention.type) ? t.targetIds.filter((_, i) => t.targetNamed[i]) : [];

/**
 * A definite noun that tells nothing of its own ("the shooting", "the Nov. 1 shooting"; Telling.definite), of
 * an event done to someone (VICTIM_TYPES), told as happened: no place, actor, target or figure.
 */
const plainDefinite = (t: Telling): boolean =>
  t.definite &&
  VICTIM_TYPES.has(t.mention.type) &&
  t.mention.modality === 'happened' &&
  t.placeId === null &&
  t.actorIds.length === 0 &&
  t.targetIds.length === 0 &&
  t.figureIds.length === 0;

/** Told as happened with what singles a happening out: a place, an actor or a named victim. */
const clearlyTold = (t: Telling): boolean =>
  VICTIM_TYPES.has(t.mention.type) &&
  t.mention.modality === 'happened' &&
  (t.placeId !== null || t.actorIds.length > 0 || victims(t).length > 0);

/**
 * The keys under which definite nouns and the events they may name meet: a clear telling's report, and a plain
 * definite noun's report and the story (the events holding plain definite nouns; clear tellings are not under
 * it, so a clear telling looks up only the events of its report, not every clear event of the story).
 */
export const definiteKeys = (t: Telling): string[] => {
  const type = t.mention.type;
  const report = `${type}|r:${t.doc.report.id}`;
  if (plainDefinite(t)) return [report, `${type}|q:`];
  return clearlyTold(t) ? [report] : [];
};

/**
 * Whether a telling and an event meet as "the shooting" and the shooting the story tells: a plain definite noun
 * joins an event told clearly (placed, acted or with a named victim) or one of plain definite nouns only; a
 * clear telling joins an event of plain definite nouns only (told before it). Found by definiteKeys: in its
 * report, the first such event; in another report, an event that holds a plain definite noun already. The
 * date, place and modality checks (compatible) still apply.
 */
export const definiteJoins = (t: Telling, event: readonly Telling[]): boolean =>
  plainDefinite(t)
    ? event.some(clearlyTold) || event.every(plainDefinite)
    : clearlyTold(t) && event.every(plainDefinite);
