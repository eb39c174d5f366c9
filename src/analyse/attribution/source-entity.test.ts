import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { sourceEntity } from './source-entity.js';
import { at, type FixtureEntity, fixtureEntities } from './test-layers.js';

const org = (text: string): FixtureEntity => ({ text, type: 'organization' });
const group = (text: string): FixtureEntity => ({ text, type: 'group' });
const person = (text: string): FixtureEntity => ({ text, type: 'person' });
const place = (text: string): FixtureEntity => ({ text, type: 'place' });

/** The name of the entity sourceEntity picks for `phrase` (POS-tagged tokens, hand-placed entities). */
const speaker = (phrase: string, entities: readonly FixtureEntity[]): string | null => {
  const text = `${phrase} said the town fell.`;
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const e = sourceEntity(tokens, at(text, phrase), fixtureEntities(text, entities));
  return e ? text.slice(e.span.start, e.span.end) : null;
};

describe('sourceEntity', () => {
  it.each<[string, string, FixtureEntity[], string | null]>([
    [
      'the name is the head',
      'Hamas spokesman Sami Abu Zuhri',
      [group('Hamas'), person('Sami Abu Zuhri')],
      'Sami Abu Zuhri',
    ],
    [
      'an apposition does not speak',
      'Steve Cook, a specialist at the Council',
      [person('Steve Cook'), org('Council')],
      'Steve Cook',
    ],
    ['a group before the head speaks through it', 'Hamas officials', [group('Hamas')], 'Hamas'],
    ['a person owning a speaking role', "the president's spokesman", [person('president')], 'president'],
    ['a speaking role for a group', 'A spokesman for the Syrian army', [group('Syrian army')], 'Syrian army'],
    ['a document by its author', 'a report by the Observatory', [org('Observatory')], 'Observatory'],
    ['a name the tagger cut at a hyphen', 'Secretary-General Ban Ki-moon', [person('Ban Ki')], 'Ban Ki'],
    ['a name split in two speaks as its owner', 'Hamas TV', [group('Hamas'), org('TV')], 'Hamas'],
    [
      'a role named in apposition',
      "Israel's top spokesman, Brig. Gen. Yoav Mordechai",
      [place('Israel'), person('Brig. Gen. Yoav Mordechai')],
      'Brig. Gen. Yoav Mordechai',
    ],
    [
      'a video by its maker',
      'A video released by the Israeli Defense Force',
      [org('Israeli Defense Force')],
      'Israeli Defense Force',
    ],
    [
      'a part of a group speaks for it',
      'some of the rebels in Aleppo',
      [group('rebels'), place('Aleppo')],
      'rebels',
    ],
    [
      'the first of joint speakers',
      'the Observatory and state news agency SANA',
      [org('Observatory'), org('SANA')],
      'Observatory',
    ],
    [
      'the whole coordination when the first names none',
      'Israeli and Hamas officials',
      [group('Hamas')],
      'Hamas',
    ],
    ['negative: a place describing the speakers', 'Gaza health officials', [place('Gaza')], null],
    ['negative: a place after the head', 'Medical sources in Gaza', [place('Gaza')], null],
    ['negative: a person owning a non-speaking head', "Abbas's supporters", [person('Abbas')], null],
    [
      'negative: a person inside a prepositional phrase',
      "An official in Mr. Netanyahu's office",
      [person('Netanyahu')],
      null,
    ],
    [
      'negative: a non-speaking head at an organisation',
      'A doctor at al-Shifa Hospital',
      [org('al-Shifa Hospital')],
      null,
    ],
    ['negative: no entity inside', 'Local residents', [], null],
    ['negative: an apposition that is no person', 'A spokesman, the Observatory', [org('Observatory')], null],
    ['negative: an apposition that is no person', 'A spokesman, the Observatory', [org('Observatory')], null],
  ])('%s', (_, phrase, entities, want) => {
    expect(speaker(phrase, entities)).toBe(want);
  });
});
