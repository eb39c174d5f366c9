import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../model/event-type.js';
import { MEASURES } from '../model/measure.js';
import type { Picture } from '../model/picture.js';
import { STANCES } from '../model/stance.js';
import { PICTURE_KEYS } from './picture-keys.js';
import { TEST_PICTURE } from './test-picture.js';
import { PICTURE_SCHEMA, validatePicture } from './validate-picture.js';
import {
  CONFLICT_KIND_NOTES,
  DATE_PRECISION_NOTES,
  ENTITY_TYPE_NOTES,
  EVENT_STATUS_NOTES,
  FIGURE_UNIT_NOTES,
  GEO_PRECISION_NOTES,
  MODALITY_NOTES,
  vocabulary,
} from './vocabulary-notes.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests break the picture on purpose
type Loose = any;
const broken = (change: (p: Loose) => void): unknown => {
  const p = structuredClone(TEST_PICTURE) as Loose;
  change(p);
  return p;
};

describe('validatePicture', () => {
  it('accepts the fixture, and extra fields anywhere', () => {
    expect(validatePicture(TEST_PICTURE)).toEqual({ valid: true });
    const extra = broken((p) => {
      p.generatedBy = 'test';
      p.documents[0].language = 'en';
      p.stories[0].figures[0].series = { points: 2 };
    });
    expect(validatePicture(extra)).toEqual({ valid: true });
  });

  it.each<[string, (p: Loose) => void, readonly string[]]>([
    [
      'a missing field',
      (p) => delete p.documents[0].text,
      ["/documents/0: must have required property 'text'"],
    ],
    ['a missing top-level field', (p) => delete p.sitrep, ["/: must have required property 'sitrep'"]],
    [
      'a renamed field',
      (p) => {
        p.documents[1].publishedOn = p.documents[1].published;
        delete p.documents[1].published;
      },
      ["/documents/1: must have required property 'published'"],
    ],
    [
      'a wrong event type',
      (p) => {
        p.stories[0].events[0].type = 'bombing';
      },
      ['/stories/0/events/0/type: must be equal to one of the allowed values (got "bombing")'],
    ],
    [
      'a wrong measure',
      (p) => {
        p.stories[0].figures[0].measure = 'dead';
      },
      ['/stories/0/figures/0/measure: must be equal to one of the allowed values (got "dead")'],
    ],
    [
      'a wrong stance',
      (p) => {
        p.stories[0].claims[1].stance = 'rejects';
      },
      ['/stories/0/claims/1/stance: must be equal to one of the allowed values (got "rejects")'],
    ],
    [
      'an impossible date',
      (p) => {
        p.documents[0].published = '2020-02-30';
      },
      ['/documents/0/published: must match format "date"'],
    ],
    [
      'a date that is not ISO',
      (p) => {
        p.stories[0].timeline[0].date = '1 Feb 2020';
      },
      [
        '/stories/0/timeline/0/date: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
        '/stories/0/timeline/0/date: must match format "date"',
      ],
    ],
    [
      'a negative offset',
      (p) => {
        p.stories[0].briefing[0].citations[0].start = -1;
      },
      ['/stories/0/briefing/0/citations/0/start: must be >= 0'],
    ],
    [
      'a negative source count',
      (p) => {
        p.stories[0].events[0].sources = -1;
      },
      ['/stories/0/events/0/sources: must be >= 0'],
    ],
    [
      'a fractional offset',
      (p) => {
        p.stories[0].entities[0].mentions[0].end = 4.5;
      },
      ['/stories/0/entities/0/mentions/0/end: must be integer'],
    ],
  ])('rejects %s', (_name, change, errors) => {
    expect(validatePicture(broken(change))).toEqual({ valid: false, errors });
  });

  it('rejects a non-object', () => {
    expect(validatePicture('picture')).toEqual({ valid: false, errors: ['/: must be object'] });
  });

  it.each<[string, (p: Loose) => void, readonly string[]]>([
    [
      'a span past the text end',
      (p) => {
        p.stories[0].claims[0].content.end = 9999;
      },
      ['/stories/0/claims/0/content: span [0, 9999) lies outside document "d1" (text length 258)'],
    ],
    [
      'a span that starts after it ends',
      (p) => {
        p.stories[0].figures[0].evidence[0].start = 50;
        p.stories[0].figures[0].evidence[0].end = 40;
      },
      ['/stories/0/figures/0/evidence/0: span [50, 40) starts after it ends'],
    ],
    [
      "an event telling's trigger outside its cited span",
      (p) => {
        const ev = p.stories[0].events[0].evidence[0];
        ev.triggerStart = ev.end;
        ev.triggerEnd = ev.end + 6;
      },
      ['/stories/0/events/0/evidence/0: trigger [59, 65) lies outside its span [0, 59) or is empty'],
    ],
    [
      'an empty trigger',
      (p) => {
        const ev = p.stories[0].events[0].evidence[0];
        ev.triggerEnd = ev.triggerStart;
      },
      ['/stories/0/events/0/evidence/0: trigger [18, 18) lies outside its span [0, 59) or is empty'],
    ],
    [
      'a dangling placeId',
      (p) => {
        p.stories[0].events[0].placeId = 'e99';
      },
      ['/stories/0/events/0/placeId: unknown entity "e99" in story "s1"'],
    ],
    [
      'an entity of another story',
      (p) => {
        p.stories[0].figures[0].claimantId = 'e6';
      },
      ['/stories/0/figures/0/claimantId: unknown entity "e6" in story "s1"'],
    ],
    [
      'a dangling document id',
      (p) => {
        p.stories[0].documentIds.push('d9');
        p.documents[3].duplicateOf = 'd8';
      },
      ['/documents/3/duplicateOf: unknown document "d8"', '/stories/0/documentIds/3: unknown document "d9"'],
    ],
    [
      'a citation of an unknown document',
      (p) => {
        p.stories[0].events[1].evidence[0].documentId = 'd7';
      },
      ['/stories/0/events/1/evidence/0/documentId: unknown document "d7"'],
    ],
    [
      'dangling actor, figure, conflict item and timeline ids',
      (p) => {
        p.stories[0].events[0].actorIds.push('e42');
        p.stories[0].events[1].figureIds = ['f9'];
        p.stories[0].conflicts[0].itemIds.push('e1');
        p.stories[1].timeline.push({ date: '2020-01-01', eventIds: ['v1'] });
      },
      [
        '/stories/0/events/0/actorIds/1: unknown entity "e42" in story "s1"',
        '/stories/0/events/1/figureIds/0: unknown figure "f9" in story "s1"',
        '/stories/0/conflicts/0/itemIds/2: unknown event, figure or claim "e1" in story "s1"',
        '/stories/1/timeline/0/eventIds/0: unknown event "v1" in story "s2"',
      ],
    ],
    [
      'dangling control place, holder, event and figure ids',
      (p) => {
        p.stories[0].control[0].placeId = 'e99';
        p.stories[0].control[0].periods[0].holderIds.push('e42');
        p.stories[0].control[0].periods[0].eventIds.push('v9');
        p.stories[0].control[0].figureIds.push('f9');
      },
      [
        '/stories/0/control/0/placeId: unknown entity "e99" in story "s1"',
        '/stories/0/control/0/figureIds/0: unknown figure "f9" in story "s1"',
        '/stories/0/control/0/periods/0/holderIds/1: unknown entity "e42" in story "s1"',
        '/stories/0/control/0/periods/0/eventIds/1: unknown event "v9" in story "s1"',
      ],
    ],
    [
      'a duplicate id',
      (p) => {
        p.stories[1].id = 'd4';
        p.stories[1].entities[0].id = 'e1';
      },
      [
        '/stories/1/id: duplicate id "d4" (first at /documents/3/id)',
        '/stories/1/entities/0/id: duplicate id "e1" (first at /stories/0/entities/0/id)',
      ],
    ],
    [
      'a claim whose content lies in another document',
      (p) => {
        p.stories[0].claims[0].documentId = 'd2';
      },
      ['/stories/0/claims/0/content/documentId: "d1" differs from the claim\'s documentId "d2"'],
    ],
  ])('rejects %s (integrity)', (_name, change, errors) => {
    expect(validatePicture(broken(change))).toEqual({ valid: false, errors });
  });
});

const def = (name: string): Loose => (PICTURE_SCHEMA.$defs as Loose)[name];

describe('schema/picture.schema.json', () => {
  it.each<[string, Loose, readonly string[]]>([
    ['measure', def('figure').properties.measure, MEASURES],
    ['event type', def('event').properties.type, EVENT_TYPES],
    ['stance', def('stance'), STANCES],
    ['modality', def('event').properties.modality, vocabulary(MODALITY_NOTES)],
    ['event status', def('event').properties.status, vocabulary(EVENT_STATUS_NOTES)],
    ['conflict kind', def('conflict').properties.kind, vocabulary(CONFLICT_KIND_NOTES)],
    ['entity type', def('entity').properties.type, vocabulary(ENTITY_TYPE_NOTES)],
    ['geo precision', def('entity').properties.geo.properties.precision, vocabulary(GEO_PRECISION_NOTES)],
    ['date precision', def('event').properties.date.properties.precision, vocabulary(DATE_PRECISION_NOTES)],
    ['figure unit', def('figure').properties.unit, vocabulary(FIGURE_UNIT_NOTES)],
  ])('the %s enum equals the model constant', (_name, schema, values) => {
    expect(schema.enum).toEqual([...values]);
  });

  it.each<[string, Loose, readonly string[]]>([
    ['picture', PICTURE_SCHEMA, PICTURE_KEYS.picture],
    ['document', def('document'), PICTURE_KEYS.document],
    ['story', def('story'), PICTURE_KEYS.story],
    ['citation', def('citation'), PICTURE_KEYS.citation],
    ['entity', def('entity'), PICTURE_KEYS.entity],
    ['entity geo', def('entity').properties.geo, PICTURE_KEYS.entityGeo],
    ['event', def('event'), PICTURE_KEYS.event],
    ['event date', def('event').properties.date, PICTURE_KEYS.eventDate],
    ['event evidence', def('eventEvidence'), PICTURE_KEYS.eventEvidence],
    ['figure', def('figure'), PICTURE_KEYS.figure],
    ['figure window', def('figure').properties.window, PICTURE_KEYS.figureWindow],
    ['claim', def('claim'), PICTURE_KEYS.claim],
    ['conflict', def('conflict'), PICTURE_KEYS.conflict],
    ['timeline entry', def('timelineEntry'), PICTURE_KEYS.timelineEntry],
    ['briefing sentence', def('briefingSentence'), PICTURE_KEYS.briefingSentence],
  ])('the %s record requires every field of the type, in its order', (_name, schema, keys) => {
    expect(schema.required).toEqual([...keys]);
    expect(Object.keys(schema.properties)).toEqual([...keys]);
    expect(schema.additionalProperties).toBeUndefined();
  });

  it('types the fixture as a Picture', () => {
    const p: Picture = TEST_PICTURE;
    expect(p.stories).toHaveLength(2);
  });
});
