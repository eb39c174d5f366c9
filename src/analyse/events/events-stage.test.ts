import { describe, expect, it } from 'vitest';
import type { EventType, Modality } from '../../model/event-type.js';
import { attributionStage } from '../attribution/attribution-stage.js';
import { at, type FixtureEntity, fixtureContext, fixtureLayers } from '../attribution/test-layers.js';
import { eventsStage } from './events-stage.js';
import { figure, time } from './test-mentions.js';

interface Expected {
  readonly type: EventType;
  readonly trigger: string;
  readonly span: string;
  readonly modality: Modality;
  readonly actors?: readonly string[];
  readonly targets?: readonly string[];
  readonly place?: string | null;
  readonly time?: string | null;
  readonly figures?: readonly string[];
  /** The cue of the attribution the event is told under. */
  readonly under?: string | null;
}

interface Row {
  readonly text: string;
  readonly entities?: readonly FixtureEntity[];
  readonly time?: string;
  readonly figure?: string;
  readonly expected: readonly Expected[];
}

const g = (text: string): FixtureEntity => ({ text, type: 'group' });
const p = (text: string): FixtureEntity => ({ text, type: 'place' });

const ROWS: readonly [string, Row][] = [
  [
    'a seizure: actors, place, time',
    {
      text: 'Overnight, government troops and allied forces seized the district of Tariq al-Bab.',
      entities: [g('government troops'), g('allied forces'), p('Tariq al-Bab')],
      time: 'Overnight',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'government troops and allied forces seized the district of Tariq al-Bab',
          modality: 'happened',
          actors: ['government troops', 'allied forces'],
          place: 'Tariq al-Bab',
          time: 'Overnight',
        },
      ],
    },
  ],
  [
    'killed in air strikes: both a casualty event and an air strike, sharing place and figure',
    {
      text: 'On Saturday, three people were killed in air strikes on Shaar.',
      entities: [p('Shaar')],
      time: 'Saturday',
      figure: 'three people',
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'three people were killed in air strikes on Shaar',
          modality: 'happened',
          place: 'Shaar',
          time: 'Saturday',
          figures: ['three people'],
        },
        {
          type: 'air_strike',
          trigger: 'air strikes',
          span: 'three people were killed in air strikes on Shaar',
          modality: 'happened',
          place: 'Shaar',
          time: 'Saturday',
          figures: ['three people'],
        },
      ],
    },
  ],
  [
    'an aircraft downed, then its pilots killed',
    {
      text: 'Rebels brought down a Syrian air force plane overnight near Aleppo airport, killing both pilots.',
      entities: [g('Rebels'), { text: 'Syrian air force', type: 'organization' }, p('Aleppo airport')],
      figure: 'both pilots',
      expected: [
        {
          type: 'aircraft_downed',
          trigger: 'brought down a Syrian air force plane',
          span: 'Rebels brought down a Syrian air force plane overnight near Aleppo airport',
          modality: 'happened',
          actors: ['Rebels'],
          targets: ['Syrian air force'],
          place: 'Aleppo airport',
          figures: [],
        },
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'killing both pilots',
          modality: 'happened',
          figures: ['both pilots'],
        },
      ],
    },
  ],
  [
    'passive: the actor follows "by"',
    {
      text: 'The town was captured by Kurdish fighters.',
      entities: [g('Kurdish fighters')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'The town was captured by Kurdish fighters',
          modality: 'happened',
          actors: ['Kurdish fighters'],
        },
      ],
    },
  ],
  [
    'feared',
    {
      text: "There's fear that the regime will advance more.",
      expected: [
        {
          type: 'territory_change',
          trigger: 'advance',
          span: "There's fear that the regime will advance more",
          modality: 'feared',
        },
      ],
    },
  ],
  [
    'hypothetical: a gerund subject with "would"',
    {
      text: 'Capturing eastern Aleppo would be the biggest victory.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'Capturing',
          span: 'Capturing eastern Aleppo would be the biggest victory',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'planned: "will", and a proposal',
    {
      text: 'Moscow has proposed setting up four humanitarian corridors. Government forces will launch an assault.',
      expected: [
        {
          type: 'ceasefire',
          trigger: 'humanitarian corridors',
          span: 'setting up four humanitarian corridors',
          modality: 'planned',
          under: 'proposed',
        },
        {
          type: 'armed_clash',
          trigger: 'assault',
          span: 'Government forces will launch an assault',
          modality: 'planned',
        },
      ],
    },
  ],
  [
    'denied: negation, and the content of a denial',
    {
      text: 'Rebels did not seize the town. Officials denied that the army seized al-Sakhour.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seize',
          span: 'Rebels did not seize the town',
          modality: 'denied',
        },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'the army seized al-Sakhour',
          modality: 'denied',
          under: 'denied',
        },
      ],
    },
  ],
  [
    'told under an attribution: the event span is the content part of the clause',
    {
      text: 'The Observatory said rebels seized the hill.',
      entities: [{ text: 'Observatory', type: 'organization' }, g('rebels')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'rebels seized the hill',
          modality: 'happened',
          actors: ['rebels'],
          under: 'said',
        },
      ],
    },
  ],
  [
    'troops arriving at a place',
    {
      text: 'Hundreds of troops arrived in Aleppo on Friday.',
      entities: [p('Aleppo')],
      time: 'Friday',
      expected: [
        {
          type: 'troop_movement',
          trigger: 'troops arrived',
          span: 'Hundreds of troops arrived in Aleppo on Friday',
          modality: 'happened',
          place: 'Aleppo',
          time: 'Friday',
        },
      ],
    },
  ],
  [
    'negative: "the advance" refers back to an event told before; only the flight is new',
    {
      text: 'The advance has prompted more civilians to flee.',
      expected: [
        {
          type: 'displacement',
          trigger: 'flee',
          span: 'The advance has prompted more civilians to flee',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: "its advances", no trigger',
    { text: 'The government has trumpeted its advances.', expected: [] },
  ],
  ['negative: nothing happens', { text: 'Residents walk through rubble in Aleppo.', expected: [] }],
];

describe('eventsStage', () => {
  it.each(ROWS)('%s', (_name, row) => {
    const { text } = row;
    const layers = fixtureLayers(text, row.entities ?? []);
    const ctx = fixtureContext(text);
    const { attributions } = attributionStage.run(layers, ctx);
    const times = row.time ? [time(text, row.time)] : [];
    const figures = row.figure ? [figure(text, row.figure)] : [];
    const { events } = eventsStage.run({ ...layers, places: [], times, figures, attributions }, ctx);
    const entityId = (s: string) => layers.entities.find((e) => e.span.start === at(text, s).start)!.id;
    expect(events.map((e) => [e.type, e.trigger, e.span, e.modality])).toEqual(
      row.expected.map((x) => [x.type, at(text, x.trigger), at(text, x.span), x.modality]),
    );
    row.expected.forEach((x, i) => {
      const e = events[i]!;
      if (x.actors) expect(e.actorIds).toEqual(x.actors.map(entityId));
      if (x.targets) expect(e.targetIds).toEqual(x.targets.map(entityId));
      if (x.place !== undefined) expect(e.placeId).toBe(x.place === null ? null : entityId(x.place));
      if (x.time !== undefined) expect(e.timeId).toBe(x.time === null ? null : times[0]!.id);
      if (x.figures) expect(e.figureIds).toEqual(x.figures.map(() => figures[0]!.id));
      if (x.under !== undefined) {
        const cue = x.under === null ? null : at(text, x.under);
        expect(attributions.find((a) => a.id === e.attributionId)?.cue ?? null).toEqual(cue);
      }
      expect(e.evidence).toMatchObject({ documentId: 'doc', span: e.span, producer: 'analyse.events@1' });
    });
  });
});
