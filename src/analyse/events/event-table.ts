import { expect, it } from 'vitest';
import type { EventType, Modality } from '../../model/event-type.js';
import type { GeoPrecision, PlaceResolution } from '../../model/geo.js';
import type { Stance } from '../../model/stance.js';
import { attributionStage } from '../attribution/attribution-stage.js';
import {
  at,
  type FixtureEntity,
  fixtureContext,
  fixtureEvidence,
  fixtureLayers,
} from '../attribution/test-layers.js';
import { EVENTS_STAGE_ID, eventsStage } from './events-stage.js';
import { figure, time } from './test-mentions.js';

/** Test-only: the table the events stage tests share (expected events of a hand-made text, exact spans). */
export interface Expected {
  readonly type: EventType;
  readonly trigger: string;
  readonly span: string;
  readonly modality: Modality;
  readonly actors?: readonly string[];
  readonly targets?: readonly string[];
  readonly place?: string | null;
  /** A territory change's extent at its place. */
  readonly extent?: 'whole' | 'part' | null;
  readonly time?: string | null;
  readonly figures?: readonly string[];
  /** The cue of the attribution the event is told under. */
  readonly under?: string | null;
  /** The claimant (the attribution's source words) and its stance. */
  readonly claimant?: string;
  readonly stance?: Stance;
}

export interface Row {
  readonly text: string;
  readonly entities?: readonly FixtureEntity[];
  readonly time?: string;
  readonly figure?: string;
  /** Entities (by their exact text, first occurrence) resolved to a gazetteer entry this precise. */
  readonly resolved?: readonly (readonly [string, GeoPrecision])[];
  /** The country codes of resolved entities, by their exact text. */
  readonly countries?: Readonly<Record<string, string>>;
  readonly expected: readonly Expected[];
}

export const g = (text: string): FixtureEntity => ({ text, type: 'group' });
export const p = (text: string): FixtureEntity => ({ text, type: 'place' });

/** One table test per row: every event's type, trigger, span, modality, roles, time, figures, claim. */
export const eventRows = (rows: readonly (readonly [string, Row])[]): void => {
  it.each(rows)('%s', (_name, row) => {
    const { text } = row;
    const layers = fixtureLayers(text, row.entities ?? []);
    const ctx = fixtureContext(text);
    const { attributions } = attributionStage.run(layers, ctx);
    const times = row.time ? [time(text, row.time)] : [];
    const figures = row.figure ? [figure(text, row.figure)] : [];
    const entityId = (s: string) => layers.entities.find((e) => e.span.start === at(text, s).start)!.id;
    const places = (row.resolved ?? []).map(
      ([name, precision]): PlaceResolution => ({
        mentionId: entityId(name),
        geo: { lat: 0, lon: 0, precision, gazetteerId: null, country: row.countries?.[name] ?? name },
        withinMentionId: null,
        evidence: fixtureEvidence(at(text, name)),
      }),
    );
    const { events } = eventsStage.run({ ...layers, places, times, figures, attributions }, ctx);
    expect(events.map((e) => [e.type, e.trigger, e.span, e.modality])).toEqual(
      row.expected.map((x) => [x.type, at(text, x.trigger), at(text, x.span), x.modality]),
    );
    row.expected.forEach((x, i) => {
      const e = events[i]!;
      if (x.actors) expect(e.actorIds).toEqual(x.actors.map(entityId));
      if (x.targets) expect(e.targetIds).toEqual(x.targets.map(entityId));
      if (x.place !== undefined) expect(e.placeId).toBe(x.place === null ? null : entityId(x.place));
      if (x.extent !== undefined) expect(e.extent).toBe(x.extent);
      if (x.time !== undefined) expect(e.timeId).toBe(x.time === null ? null : times[0]!.id);
      if (x.figures) expect(e.figureIds).toEqual(x.figures.map(() => figures[0]!.id));
      if (x.under !== undefined) {
        const cue = x.under === null ? null : at(text, x.under);
        expect(attributions.find((a) => a.id === e.attributionId)?.cue ?? null).toEqual(cue);
      }
      const told = attributions.find((a) => a.id === e.attributionId);
      if (x.claimant !== undefined) expect(told?.source).toEqual(at(text, x.claimant));
      if (x.stance !== undefined) expect(told?.stance).toBe(x.stance);
      expect(e.evidence).toMatchObject({ documentId: 'doc', span: e.span, producer: EVENTS_STAGE_ID });
    });
  });
};
