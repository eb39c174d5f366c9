/**
 * Golden end-to-end checks on the bundled example (issue 2, "done when"): the facts a careful analyst would
 * take from the two Aleppo reports. Every check reads spans back out of the documents.
 */
import { describe, expect, it } from 'vitest';
import { checkPictureIntegrity } from '../../src/out/check-picture-integrity.js';
import { renderMarkdown } from '../../src/out/render-markdown.js';
import { validatePicture } from '../../src/out/validate-picture.js';
import { cited, claimantName, entityNamed, examplePicture, figureCiting } from '../example-picture.js';

describe('the example picture', () => {
  it('has both documents, with metadata, in one story, and validates against the schema', async () => {
    const p = await examplePicture();
    expect(p.documents.map((d) => [d.published, d.publishedInferred, d.duplicateOf])).toEqual([
      ['2016-11-28', false, null],
      ['2016-12-03', false, null],
    ]);
    expect(p.documents[0]?.outlet).toBe('International Business Times UK');
    expect(p.stories).toHaveLength(1);
    expect(p.stories[0]?.documentIds).toEqual(p.documents.map((d) => d.id));
    expect(validatePicture(JSON.parse(JSON.stringify(p)))).toEqual({ valid: true });
    expect(checkPictureIntegrity(p)).toEqual([]);
  });

  it('drops the promo footer and the doubled caption from the stored text', async () => {
    const p = await examplePicture();
    const all = p.documents.map((d) => d.text).join('\n');
    expect(all).not.toContain('Visit the International Business Times');
    expect(all).not.toContain('Residents walk through rubble');
    expect(p.documents[1]?.text.startsWith("Syria's army advanced in east Aleppo Saturday")).toBe(true);
  });

  it('lines up the 20-of-45 km² and the later "around 60 percent" as one series, with claimants and dates', async () => {
    const p = await examplePicture();
    const s = p.stories[0]!;
    const area = figureCiting(p, s, '20 square kilometres');
    expect(area).toMatchObject({ measure: 'area_controlled', value: 20, unit: 'km2', asOf: '2016-11-28' });
    const share = s.figures.find(
      (f) => f.measure === 'share_controlled' && f.value !== null && Math.abs(f.value - 20 / 45) < 0.001,
    );
    const sixty = figureCiting(p, s, 'around 60 percent');
    expect(share).toBeDefined();
    expect(sixty).toMatchObject({
      measure: 'share_controlled',
      value: 0.6,
      approximate: true,
      asOf: '2016-12-03',
    });
    expect(sixty?.seriesKey).toBe(share?.seriesKey);
    expect(claimantName(s, share!)).toMatch(/army/i);
    expect(claimantName(s, sixty!)).toBe('Syrian Observatory for Human Rights');
    const evolution = s.conflicts.find((c) => c.kind === 'evolution' && c.about === share?.seriesKey);
    expect(evolution?.itemIds).toContain(share?.id);
    expect(s.conflicts.filter((c) => c.kind === 'contradiction' && c.about === share?.seriesKey)).toEqual([]);
  });

  it('records the al-Sakhour claim, its denial and its confirmation as one conflict', async () => {
    const p = await examplePicture();
    const s = p.stories[0]!;
    const denial = s.conflicts.filter((c) => c.kind === 'denial');
    expect(denial).toHaveLength(1);
    const claims = denial[0]!.itemIds.map((id) => s.claims.find((c) => c.id === id)!);
    expect(claims.map((c) => c.stance)).toEqual(['asserts', 'denies', 'confirms']);
    expect(cited(p, claims[0]!.content)).toBe(
      'the army and its allies have seized the the eastern Aleppo district of al-Sakhour',
    );
    expect(cited(p, claims[1]!.content)).toBe('the claims');
    expect(claims.map((c) => s.entities.find((e) => e.id === c.claimantId)?.type)).toEqual([
      'organization',
      'group',
      'organization',
    ]);
    const sakhour = entityNamed(s, 'al-Sakhour');
    const event = s.events.find((e) => e.placeId === sakhour?.id && e.type === 'territory_change');
    expect(event?.status).toBe('disputed');
  });

  it.each([
    ['Hanano', 'territory_change', '2016-11-26'],
    ['Tariq al-Bab', 'territory_change', '2016-12-02'],
    ['Sheikh Saeed', 'territory_change', '2016-12-02'],
    ['Shaar', 'air_strike', '2016-12-03'],
  ])('%s is a geocoded district with a %s event dated %s', async (name, type, date) => {
    const p = await examplePicture();
    const s = p.stories[0]!;
    const place = entityNamed(s, name);
    expect(place?.type).toBe('place');
    expect(place?.geo?.precision).toBe('district');
    const near = (a: number, b: number) => Math.abs(a - b) < 0.1;
    expect(near(place!.geo!.lat, 36.2) && near(place!.geo!.lon, 37.16)).toBe(true);
    const events = s.events.filter((e) => e.placeId === place?.id && e.type === type);
    expect(events.map((e) => e.date?.start)).toContain(date);
    const timeline = s.timeline.find((t) => t.date === date);
    expect(timeline?.eventIds).toEqual(expect.arrayContaining(events.map((e) => e.id)));
  });

  it('gives figures their bounds and claimants', async () => {
    const p = await examplePicture();
    const s = p.stories[0]!;
    expect(figureCiting(p, s, 'more than 50,000 people')).toMatchObject({
      low: 50000,
      value: null,
      unit: 'people',
    });
    expect(figureCiting(p, s, 'nearly half')).toMatchObject({ high: 0.5, unit: 'share' });
    const killed = figureCiting(p, s, 'Around 310 civilians');
    expect(killed).toMatchObject({
      measure: 'killed',
      value: 310,
      approximate: true,
      window: { start: '2016-11-15' },
    });
    expect(claimantName(s, killed!)).toBe('Syrian Observatory for Human Rights');
    // "several humanitarian pauses … to allow civilians to flee": not people who fled, and "several" names no
    // number of anything the picture measures, so no figure at all (figures@13)
    expect(figureCiting(p, s, 'several humanitarian pauses')).toBeUndefined();
    // "20 square kilometres (nearly eight square miles)": one figure, said twice
    const areas = s.figures.filter((f) => f.measure === 'area_controlled');
    expect(areas.map((f) => f.evidence.map((e) => cited(p, e)))).toEqual([
      ['20 square kilometres', 'nearly eight square miles'],
    ]);
    const name = (id: string) => s.entities.find((e) => e.id === id)?.name;
    const sixtyNine = figureCiting(p, s, 'At least 69 civilians');
    expect(sixtyNine).toMatchObject({ measure: 'killed', low: 69, value: null, coClaimantIds: [] });
    expect(claimantName(s, sixtyNine!)).toBe('Syrian Observatory for Human Rights');
    // "Five people were killed …, the Observatory and state news agency SANA said.": both claim it
    const five = figureCiting(p, s, 'Five people');
    expect(five).toMatchObject({ measure: 'killed', value: 5, unit: 'people' });
    expect(claimantName(s, five!)).toBe('Syrian Observatory for Human Rights');
    expect(five!.coClaimantIds.map(name)).toEqual(['SANA']);
    // joint sources: "the Observatory and state news agency SANA said", "top EU and UN diplomats warned",
    // "Both Damascus and Moscow have accused"
    const joint = s.claims.filter((c) => c.coClaimantIds.length > 0);
    expect(joint.map((c) => [name(c.claimantId!), c.coClaimantIds.map(name), c.stance])).toEqual([
      ['Syrian Observatory for Human Rights', ['SANA'], 'asserts'],
      ['EU', ['UN'], 'warns'],
      ['the government', ['Russian government'], 'accuses'],
    ]);
    expect(cited(p, joint[0]!.content)).toBe('Five people were killed by rebel fire on west Aleppo');
  });

  it('attributes the downed plane to the Observatory', async () => {
    const p = await examplePicture();
    const s = p.stories[0]!;
    const plane = s.events.filter((e) => e.type === 'aircraft_downed');
    expect(plane).toHaveLength(1);
    expect(
      plane[0]!.evidence.map((e) => [s.entities.find((x) => x.id === e.claimantId)?.name, e.stance]),
    ).toEqual([['Syrian Observatory for Human Rights', 'asserts']]);
  });

  it('writes a briefing whose every sentence is exactly its cited span', async () => {
    const p = await examplePicture();
    const briefing = p.stories[0]!.briefing;
    expect(briefing.length).toBeGreaterThanOrEqual(5);
    for (const b of briefing) {
      expect(b.citations.length).toBeGreaterThan(0);
      expect(b.citations.map((c) => cited(p, c)).join(' ')).toContain(b.text);
    }
    // newest situation first
    expect(briefing[0]?.citations[0]?.documentId).toBe(p.documents[1]?.id);
  });

  it('tracks control of places over time: districts taken, retaken, and disputed, each by whom and per whom', async () => {
    const p = await examplePicture();
    const s = p.stories[0]!;
    const name = (id: string): string => s.entities.find((e) => e.id === id)?.name ?? id;
    const periods = (place: string) =>
      s.control
        .filter((c) => name(c.placeId) === place)
        .flatMap((c) =>
          c.periods.map((x) => [x.holderIds.map(name), x.from, x.dateBasis, x.extent, x.status]),
        );
    expect(periods('Hanano')).toEqual([[['government forces'], '2016-11-26', 'event', 'whole', 'reported']]);
    expect(periods('Sheikh Saeed')).toEqual([[['insurgents'], '2016-12-02', 'event', 'whole', 'reported']]);
    expect(periods('al-Sakhour')).toEqual([
      [['the army', 'government forces'], '2016-11-28', 'report', 'whole', 'disputed'],
    ]);
    const aleppo = s.control.find((c) => name(c.placeId) === 'Aleppo')!;
    // the army advancing inside the city, then (per the Observatory) the government holding "around 60
    // percent of eastern parts of the city": "the city" stands for Aleppo
    expect(
      periods('Aleppo').map(([holders, from, , extent, status]) => [holders, from, extent, status]),
    ).toEqual([
      [['government forces', 'the army'], '2016-11-21', 'part', 'corroborated'],
      [['the government'], '2016-12-03', 'part', 'reported'],
    ]);
    const shares = aleppo.figureIds.map((id) => s.figures.find((f) => f.id === id)!);
    expect(shares.map((f) => [f.measure, f.value, f.asOf])).toContainEqual([
      'area_controlled',
      20,
      '2016-11-28',
    ]);
  });

  it('names the Observatory once, with every way the reports refer to it', async () => {
    const md = renderMarkdown(await examplePicture());
    const row = md.split('\n').find((l) => l.startsWith('| Syrian Observatory for Human Rights |'));
    expect(row).toMatch(
      /^\| Syrian Observatory for Human Rights \| organisation \| ([^|]+) \| 7\[\^\d+\] \|$/,
    );
    const also = row!
      .split(' | ')[2]!
      .split('; ')
      .map((a) => a.toLowerCase());
    expect(also.sort()).toEqual(['the britain-based observatory', 'the monitor', 'the observatory']);
  });
});
