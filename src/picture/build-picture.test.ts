import { describe, expect, it } from 'vitest';
import type { PictureStory } from '../model/picture.js';
import { buildPicture } from './build-picture.js';
import { twoReportFixture } from './fixtures/two-report-fixture.js';

const picture = buildPicture(twoReportFixture(), { version: '0.0.0-test' });
const story = picture.stories[0]!;
const byId = <T extends { id: string }>(xs: readonly T[], id: string): T => xs.find((x) => x.id === id)!;

describe('buildPicture: stories and documents', () => {
  it('groups the Aleppo reports (and the wire copy) apart from the unrelated one', () => {
    expect(picture.sitrep).toBe('0.0.0-test');
    expect(picture.documents.map((d) => d.id)).toEqual(['dA', 'dD', 'dB', 'dC']);
    expect(picture.stories.map((s) => [s.id, s.title, s.documentIds])).toEqual([
      ['s1', 'Army takes half of east Aleppo', ['dA', 'dB', 'dC']],
      ['s2', 'Floods hit Recife', ['dD']],
    ]);
    expect(picture.documents[3]).toMatchObject({
      id: 'dC',
      duplicateOf: 'dB',
      outlet: 'Outlet C',
      published: '2016-12-03',
    });
  });

  it('gives the same picture for any input order', () => {
    const { reports, analyses } = twoReportFixture();
    const shuffled = buildPicture(
      { reports: [...reports].reverse(), analyses: [analyses[2]!, analyses[0]!, analyses[3]!, analyses[1]!] },
      { version: '0.0.0-test' },
    );
    expect(shuffled).toEqual(picture);
  });

  it('has unique ids inside the picture', () => {
    const ids = picture.stories.flatMap((s: PictureStory) => [
      s.id,
      ...[s.entities, s.events, s.figures, s.claims, s.conflicts].flat().map((x) => x.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('buildPicture: figures and series', () => {
  it.each([
    [
      's1/f1',
      'area_controlled',
      20,
      'km2',
      '2016-11-28',
      null,
      's1/e:syrian-army-media-arm',
      1,
      'area_controlled|territory|-|km2',
    ],
    [
      's1/f2',
      'share_controlled',
      0.4444,
      'share',
      '2016-11-28',
      's1/e:east-aleppo',
      's1/e:syrian-army-media-arm',
      1,
      'share_controlled|territory|s1/e:east-aleppo|share',
    ],
    [
      's1/f3',
      'area_total',
      45,
      'km2',
      '2016-11-28',
      's1/e:east-aleppo',
      's1/e:syrian-army-media-arm',
      1,
      'area_total|territory|s1/e:east-aleppo|km2',
    ],
    [
      's1/f4',
      'share_controlled',
      0.6,
      'share',
      '2016-12-03',
      's1/e:east-aleppo',
      's1/e:syrian-observatory-for-human-rights',
      2,
      'share_controlled|territory|s1/e:east-aleppo|share',
    ],
    [
      's1/f5',
      'killed',
      310,
      'people',
      '2016-12-03',
      's1/e:east-aleppo',
      's1/e:syrian-observatory-for-human-rights',
      2,
      'killed|people|s1/e:east-aleppo|people',
    ],
    // no attribution covers it: the outlet says it
    [
      's1/f6',
      'fled',
      null,
      'people',
      '2016-12-03',
      's1/e:east-aleppo',
      null,
      2,
      'fled|people|s1/e:east-aleppo|people',
    ],
    [
      's1/f7',
      'fled',
      20000,
      'people',
      '2016-12-03',
      's1/e:east-aleppo',
      's1/e:united-nations',
      2,
      'fled|children|s1/e:east-aleppo|people',
    ],
  ])('%s %s', (id, measure, value, unit, asOf, placeId, claimantId, evidence, seriesKey) => {
    const f = byId(story.figures, id);
    expect({
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      asOf: f.asOf,
      placeId: f.placeId,
      claimantId: f.claimantId,
      seriesKey: f.seriesKey,
    }).toEqual({ measure, value, unit, asOf, placeId, claimantId, seriesKey });
    expect(f.evidence).toHaveLength(evidence);
  });

  it('cites the 20 for the derived share, and the wire copy as extra evidence of the 60 percent', () => {
    expect(byId(story.figures, 's1/f2').evidence).toEqual(byId(story.figures, 's1/f1').evidence);
    expect(byId(story.figures, 's1/f4').evidence.map((c) => c.documentId)).toEqual(['dB', 'dC']);
    expect(byId(story.figures, 's1/f5').window).toEqual({ start: '2016-11-15', end: '2016-12-03' });
    expect(story.figures).toHaveLength(7);
  });
});

describe('buildPicture: claims and conflicts', () => {
  it('makes one claim per attribution with its claimant, cue and stance', () => {
    expect(story.claims).toHaveLength(12);
    expect(story.claims.slice(0, 4).map((c) => [c.id, c.claimantId, c.cue, c.stance])).toEqual([
      ['s1/c1', 's1/e:syrian-army-media-arm', 'said', 'asserts'],
      ['s1/c2', 's1/e:syrian-state-tv', 'said', 'asserts'],
      ['s1/c3', 's1/e:rebels', 'denied', 'denies'],
      ['s1/c4', 's1/e:syrian-observatory-for-human-rights', 'confirmed', 'confirms'],
    ]);
  });

  it('finds the share evolution and the denial, nothing else', () => {
    expect(story.conflicts).toEqual([
      {
        id: 's1/x1',
        kind: 'evolution',
        about: 'share_controlled|territory|s1/e:east-aleppo|share',
        itemIds: ['s1/f2', 's1/f4'],
        note: "share_controlled: ≈0.44 (The army's media arm), 2016-11-28 → ≈0.6 (Syrian Observatory for Human Rights), 2016-12-03",
      },
      {
        id: 's1/x2',
        kind: 'denial',
        about: 'Territory change — al-Sakhour',
        itemIds: ['s1/c2', 's1/c3', 's1/c4'],
        note: '"the army seized the district of al-Sakhour" — claimed by State TV; denied by Rebels; confirmed by Syrian Observatory for Human Rights',
      },
    ]);
    expect(picture.stories[1]!.conflicts).toEqual([]);
  });
});

describe('buildPicture: events and timeline', () => {
  it.each([
    ['s1/ev1', 'Territory change by army, Government troops in al-Sakhour', 'disputed', 2, 2],
    ['s1/ev2', 'Armed clash in the airport, 2016-11-27', 'reported', 1, 1],
    // told by two outlets: corroborated; the wire copy adds evidence, not a source
    ['s1/ev3', 'Displacement in east Aleppo', 'corroborated', 2, 3],
    ['s1/ev4', 'Territory change by Government troops in Tariq al-Bab, 2016-12-02', 'reported', 1, 2],
    ['s1/ev5', 'Territory change by The government in east Aleppo', 'reported', 1, 2],
    ['s1/ev6', 'Casualties in east Aleppo, 2016-11-15 to 2016-12-03', 'reported', 1, 2],
  ])('%s %s', (id, summary, status, sources, evidence) => {
    const e = byId(story.events, id);
    expect([e.summary, e.status, e.sources, e.evidence.length, e.modality]).toEqual([
      summary,
      status,
      sources,
      evidence,
      'happened',
    ]);
  });

  it('keeps who tells the disputed event and how', () => {
    expect(byId(story.events, 's1/ev1').evidence.map((v) => [v.claimantId, v.stance])).toEqual([
      ['s1/e:syrian-state-tv', 'asserts'],
      ['s1/e:syrian-observatory-for-human-rights', 'confirms'],
    ]);
    expect(byId(story.events, 's1/ev3').figureIds).toEqual(['s1/f6']);
  });

  it('orders the timeline by date, newest first', () => {
    expect(story.timeline).toEqual([
      { date: '2016-12-02', eventIds: ['s1/ev4'] },
      { date: '2016-11-27', eventIds: ['s1/ev2'] },
      { date: '2016-11-15', eventIds: ['s1/ev6'] },
    ]);
  });
});

describe('buildPicture: briefing', () => {
  const texts = new Map(picture.documents.map((d) => [d.id, d.text]));

  it('quotes every cited span exactly', () => {
    for (const s of picture.stories) {
      for (const b of s.briefing) {
        expect(b.citations).toHaveLength(1);
        const c = b.citations[0]!;
        expect(texts.get(c.documentId)!.slice(c.start, c.end)).toBe(b.text);
      }
    }
  });

  it('puts the newest report first, skips the wire copy and redundant lines', () => {
    expect(story.briefing.map((b) => [b.citations[0]!.documentId, b.text.slice(0, 30)])).toEqual([
      ['dB', 'Government troops seized the d'],
      ['dB', 'The government has now recaptu'],
      ['dB', 'Around 310 civilians have been'],
      ['dB', 'More than 50,000 people have f'],
      ['dB', 'Nearly 20,000 of them are chil'],
      ['dA', 'Government forces have taken n'],
      ['dA', "The army's media arm said troo"],
      ['dA', 'State TV said the army seized '],
      ['dA', 'Rebels denied the claims, but '],
      ['dA', 'Fighting continued near the ai'],
    ]);
    // a story whose reports carry no analysed facts is still briefed, lede first
    expect(picture.stories[1]!.briefing[0]!.text).toMatch(/^Heavy rain flooded the coastal city of Recife/);
  });
});
