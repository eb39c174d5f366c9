import { describe, expect, it } from 'vitest';
import { AnalysisBuilder, makeReport } from '../../picture/fixtures/fixture-builder.js';
import { mergeEntities } from './merge-entities.js';

const TEXT_1 =
  'The Syrian Observatory for Human Rights said the monitor counted dead in Aleppo. SOHR added more.';
const TEXT_2 = 'The Syrian Observatory for Human Rights said Aleppo was shelled. Aleppo (the city) burned.';

const build = () => {
  const r1 = makeReport({ id: 'd1', text: TEXT_1 });
  const r2 = makeReport({ id: 'd2', text: TEXT_2 });
  const b1 = new AnalysisBuilder(r1);
  const b2 = new AnalysisBuilder(r2);
  const sohr1 = b1.entity('Syrian Observatory for Human Rights', 'sohr');
  const monitor = b1.entity('the monitor', 'sohr', 'other', true);
  b1.entity('SOHR', 'sohr');
  const aleppo1 = b1.entity('Aleppo', 'aleppo', 'place');
  b1.place(aleppo1, 36.2, 37.16, 'city', 'geonames:170063');
  b2.entity('Syrian Observatory for Human Rights', 'sohr');
  const aleppo2 = b2.entity('Aleppo', 'aleppo', 'place');
  b2.place(aleppo2, 36.2, 37.16, 'city', 'geonames:170063');
  const aleppo3 = b2.entity(['Aleppo', 2], 'aleppo', 'person');
  b2.place(aleppo3, 36.0, 37.0, 'region', 'geonames:170062');
  const docs = [
    { report: r1, analysis: b1.build() },
    { report: r2, analysis: b2.build() },
  ];
  return { index: mergeEntities(docs, 's1/'), sohr1, monitor, aleppo3 };
};

describe('mergeEntities', () => {
  const { index, sohr1, monitor, aleppo3 } = build();

  it.each([
    ['s1/e:sohr', 'Syrian Observatory for Human Rights', 'organization', ['SOHR'], 4, null],
    [
      's1/e:aleppo',
      'Aleppo',
      'place',
      [],
      2,
      { lat: 36.2, lon: 37.16, precision: 'city', gazetteerId: 'geonames:170063' },
    ],
    // same key, incompatible type: kept apart
    [
      's1/e:aleppo:person',
      'Aleppo',
      'person',
      [],
      1,
      { lat: 36, lon: 37, precision: 'region', gazetteerId: 'geonames:170062' },
    ],
  ])('%s', (id, name, type, aliases, mentions, geo) => {
    const e = index.entities.find((x) => x.id === id)!;
    expect(e).toMatchObject({ name, type, aliases, geo });
    expect(e.mentions).toHaveLength(mentions);
  });

  it('lists entities in order of first mention', () => {
    expect(index.entities.map((e) => e.id)).toEqual(['s1/e:sohr', 's1/e:aleppo', 's1/e:aleppo:person']);
  });

  it('cites exact spans', () => {
    expect(index.entities[0]!.mentions[1]).toEqual({ documentId: 'd1', start: 45, end: 56 });
    expect(TEXT_1.slice(45, 56)).toBe('the monitor');
  });

  it.each([
    [sohr1, 's1/e:sohr'],
    [monitor, 's1/e:sohr'],
    [aleppo3, 's1/e:aleppo:person'],
    [null, null],
  ])('entityOf(%s) = %s', (m, id) => {
    expect(index.entityOf(m)).toBe(id);
  });
});

describe('mergeEntities across reports: short forms join the one full name', () => {
  const T1 = 'The Syrian Observatory for Human Rights said President Bashar al-Assad left Damascus.';
  const T2 = 'SOHR said Assad returned. The Observatory said more. The monitor agreed.';
  const T3 = 'The government said so. Moscow backs the government.';
  const build = () => {
    const r1 = makeReport({ id: 'd1', text: T1 });
    const r2 = makeReport({ id: 'd2', text: T2 });
    const r3 = makeReport({ id: 'd3', text: T3 });
    const b1 = new AnalysisBuilder(r1);
    const b2 = new AnalysisBuilder(r2);
    const b3 = new AnalysisBuilder(r3);
    b1.entity('Syrian Observatory for Human Rights', 'syrian observatory for human rights');
    b1.entity('Bashar al-Assad', 'bashar al-assad', 'person');
    b1.entity('Damascus', 'damascus', 'place');
    b2.entity('SOHR', 'sohr');
    b2.entity('Assad', 'assad', 'person');
    b2.entity('The Observatory', 'observatory');
    b2.entity('The monitor', 'observatory', 'organization', true);
    b3.entity('The government', 'government');
    b3.entity('Moscow', 'moscow', 'place');
    b3.entity(['the government', 1], 'government');
    const docs = [r1, r2, r3].map((report, i) => ({ report, analysis: [b1, b2, b3][i]!.build() }));
    return mergeEntities(docs, 's1/');
  };
  const index = build();
  const entity = (id: string) => index.entities.find((e) => e.id === id);

  it('makes SOHR, "the Observatory" and "the monitor" of another report one entity, named in full', () => {
    const e = entity('s1/e:syrian-observatory-for-human-rights');
    expect(e).toMatchObject({
      name: 'Syrian Observatory for Human Rights',
      type: 'organization',
      aliases: ['SOHR', 'The Observatory'],
    });
    expect(e?.mentions).toEqual([
      { documentId: 'd1', start: 4, end: 39 },
      { documentId: 'd2', start: 0, end: 4 },
      { documentId: 'd2', start: 26, end: 41 },
      { documentId: 'd2', start: 53, end: 64 },
    ]);
    expect(entity('s1/e:sohr')).toBeUndefined();
    expect(entity('s1/e:observatory')).toBeUndefined();
  });

  it('joins a surname to the one full name', () => {
    expect(entity('s1/e:bashar-al-assad')?.mentions).toHaveLength(2);
  });

  it('keeps a generic name with no longer form, and places, apart', () => {
    expect(entity('s1/e:government')?.mentions).toHaveLength(2);
    expect(entity('s1/e:damascus')?.type).toBe('place');
    expect(entity('s1/e:moscow')?.type).toBe('place');
  });
});

describe('mergeEntities across reports: a short given name and a generic closing word', () => {
  const T1 = 'Andrew Smith, who edits BuzzFeed News, met Ford Motor staff.';
  const T2 = 'Andy Smith said BuzzFeed would reply. Mr Ford declined.';
  const r1 = makeReport({ id: 'd1', text: T1 });
  const r2 = makeReport({ id: 'd2', text: T2 });
  const b1 = new AnalysisBuilder(r1);
  const b2 = new AnalysisBuilder(r2);
  b1.entity('Andrew Smith', 'andrew smith', 'person');
  b1.entity('BuzzFeed News', 'buzzfeed news');
  b1.entity('Ford Motor', 'ford motor');
  b2.entity('Andy Smith', 'andy smith', 'person');
  b2.entity('BuzzFeed', 'buzzfeed');
  b2.entity('Ford', 'ford', 'person');
  const docs = [
    { report: r1, analysis: b1.build() },
    { report: r2, analysis: b2.build() },
  ];
  const index = mergeEntities(docs, 's1/');

  it.each([
    [
      's1/e:andrew-smith',
      'person',
      [
        { documentId: 'd1', start: 0, end: 12 },
        { documentId: 'd2', start: 0, end: 10 },
      ],
    ],
    [
      's1/e:buzzfeed-news',
      'organization',
      [
        { documentId: 'd1', start: 24, end: 37 },
        { documentId: 'd2', start: 16, end: 24 },
      ],
    ],
    // Negative: a person and an organisation of one name stay apart.
    ['s1/e:ford-motor', 'organization', [{ documentId: 'd1', start: 43, end: 53 }]],
    ['s1/e:ford', 'person', [{ documentId: 'd2', start: 41, end: 45 }]],
  ])('%s', (id, type, mentions) => {
    expect(index.entities.find((e) => e.id === id)).toMatchObject({ type, mentions });
  });
});
