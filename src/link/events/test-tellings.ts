import type { DateRange } from '../../model/date.js';
import type { Modality } from '../../model/event-type.js';
import type { Stance } from '../../model/stance.js';
import type { Telling } from './event-telling.js';

/** A telling for merge and status tables: only what they read (defaults: air strike in Shaar, own report). */
export interface T {
  id: string;
  type?: string;
  modality?: Modality;
  range?: string | null;
  place?: string | null;
  /** The place's country code, and whether the place is that country ('whole') or lies in it ('in'). */
  country?: readonly [string, 'whole' | 'in'];
  actors?: string[];
  /** Targets named as a person or organisation, then targets that are groups ("civilians"). */
  victims?: string[];
  groups?: string[];
  claimant?: string | null;
  stance?: Stance;
  doc?: string;
  outlet?: string;
  duplicateOf?: string | null;
  deniedClaim?: boolean;
  figures?: string[];
  published?: string | null;
  precision?: 'day' | 'year';
  /** The report's text (default `text<id>`), the clause [start, end) and the trigger's start in it. */
  text?: string;
  span?: readonly [number, number];
  trigger?: number;
  /** The sentence of its report the telling is in (default none). */
  sentence?: number | null;
  /** Told by a definite noun with no detail of its own ("the shooting"; default not). */
  definite?: boolean;
}
export const telling = (t: T): Telling =>
  ({
    mention: {
      id: t.id,
      type: t.type ?? 'air_strike',
      modality: t.modality ?? 'happened',
      span: { start: t.span?.[0] ?? 0, end: t.span?.[1] ?? 4 },
      trigger: { start: t.trigger ?? t.span?.[0] ?? 0, end: (t.trigger ?? t.span?.[0] ?? 0) + 1 },
    },
    doc: {
      report: {
        id: t.doc ?? t.id,
        outlet: t.outlet ?? t.id,
        duplicateOf: t.duplicateOf ?? null,
        published: t.published ?? null,
        text: t.text ?? `text${t.id}`,
      },
    },
    range: t.range
      ? ({
          start: t.precision === 'year' ? `${t.range.slice(0, 4)}-01-01` : t.range,
          end: t.precision === 'year' ? `${t.range.slice(0, 4)}-12-31` : t.range,
          precision: t.precision ?? 'day',
        } as DateRange)
      : null,
    placeId: t.place === undefined ? 'shaar' : t.place,
    placeCountry: t.country ? { code: t.country[0], whole: t.country[1] === 'whole' } : null,
    actorIds: t.actors ?? [],
    targetIds: [...(t.victims ?? []), ...(t.groups ?? [])],
    targetNamed: [...(t.victims ?? []).map(() => true), ...(t.groups ?? []).map(() => false)],
    evidence: { claimantId: t.claimant ?? null, stance: t.stance ?? 'asserts' },
    deniedClaim: t.deniedClaim ?? false,
    figureIds: t.figures ?? [],
    sentence: t.sentence ?? null,
    definite: t.definite ?? false,
  }) as unknown as Telling;

/** One sentence told twice: [0, 43) and [45, 88). */
export const REPEATED =
  'Shelling hit the market, killing 12 people.\n\nShelling hit the market, killing 12 people.';
