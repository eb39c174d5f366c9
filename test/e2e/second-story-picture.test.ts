/**
 * Golden end-to-end checks on a second story, written for this test (test/fixtures/qayyarah-2016: three short
 * invented reports on the August 2016 capture of Qayyarah, Iraq; one is a wire copy of another): what a careful
 * analyst takes from them, read back out of the documents' spans. Guards against behaviour that only holds on
 * the bundled Aleppo example.
 */
import { describe, expect, it } from 'vitest';
import { pictureForInputs } from '../../src/app/picture-for-inputs.js';
import type { Picture } from '../../src/model/picture.js';
import { checkPictureIntegrity } from '../../src/out/check-picture-integrity.js';
import { validatePicture } from '../../src/out/validate-picture.js';
import { cited, claimantName, entityNamed, figureCiting } from '../example-picture.js';

const DIR = new URL('../fixtures/qayyarah-2016/', import.meta.url).pathname;
let cached: Promise<Picture> | null = null;
const picture = (): Promise<Picture> => {
  cached ??= pictureForInputs([DIR]);
  return cached;
};

describe('the Qayyarah picture', () => {
  it('reads three reports into one story, the wire copy linked to its original, and validates', async () => {
    const p = await picture();
    expect(p.documents.map((d) => [d.outlet, d.published, d.duplicateOf === null])).toEqual([
      ['Northern Wire', '2016-08-25', true],
      ['Gulf Daily', '2016-08-25', false],
      ['Iraq Monitor', '2016-08-29', true],
    ]);
    expect(p.documents[1]?.duplicateOf).toBe(p.documents[0]?.id);
    expect(p.stories).toHaveLength(1);
    expect(validatePicture(JSON.parse(JSON.stringify(p)))).toEqual({ valid: true });
    expect(checkPictureIntegrity(p)).toEqual([]);
  });

  it('sets the death toll "at least 12" against the later 30 as an evolution, each dated', async () => {
    const p = await picture();
    const s = p.stories[0]!;
    const early = figureCiting(p, s, 'At least 12 civilians');
    const later = figureCiting(p, s, '30 civilians');
    expect(early).toMatchObject({ measure: 'killed', low: 12, high: null, asOf: '2016-08-25' });
    expect(later).toMatchObject({ measure: 'killed', value: 30, asOf: '2016-08-29' });
    expect(later?.seriesKey).toBe(early?.seriesKey);
    const evolution = s.conflicts.find((c) => c.kind === 'evolution' && c.about === early?.seriesKey);
    expect(evolution?.itemIds).toEqual([early?.id, later?.id]);
  });

  it('dates "fled over the past week" at the report with the week as its window, then "more than 9,000" by the UN', async () => {
    const p = await picture();
    const s = p.stories[0]!;
    const week = figureCiting(p, s, 'About 5,000 people');
    const later = figureCiting(p, s, 'More than 9,000 people');
    expect(week).toMatchObject({
      measure: 'fled',
      value: 5000,
      approximate: true,
      asOf: '2016-08-25',
      window: { start: '2016-08-18', end: '2016-08-25' },
    });
    expect(claimantName(s, week!)).toBe('International Organization for Migration');
    expect(later).toMatchObject({ measure: 'fled', low: 9000, asOf: '2016-08-29' });
    expect(claimantName(s, later!)).toBe('United Nations');
    expect(s.conflicts.find((c) => c.kind === 'evolution' && c.about === week?.seriesKey)?.itemIds).toEqual([
      week?.id,
      later?.id,
    ]);
  });

  it('states the capture claim and the Islamic State denial as one conflict', async () => {
    const p = await picture();
    const s = p.stories[0]!;
    const denials = s.conflicts.filter((c) => c.kind === 'denial');
    expect(denials).toHaveLength(1);
    const [claimId, denialId] = denials[0]!.itemIds;
    const claim = s.claims.find((c) => c.id === claimId)!;
    const denial = s.claims.find((c) => c.id === denialId)!;
    expect(cited(p, claim.content)).toBe('troops had taken the town centre and the nearby air base');
    expect([claim.stance, denial.stance]).toEqual(['asserts', 'denies']);
    expect(denial.claimantId).toBe(entityNamed(s, 'Islamic State')?.id);
    expect(cited(p, denial.content)).toMatch(/^the town had fallen/);
  });

  it('shows government forces holding Qayyarah from the day of the capture, the wire copy counted once', async () => {
    const p = await picture();
    const s = p.stories[0]!;
    const qayyarah = entityNamed(s, 'Qayyarah');
    expect(qayyarah?.geo).toMatchObject({ precision: 'city', gazetteerId: 'geonames:99003' });
    const row = s.control.find((c) => c.placeId === qayyarah?.id);
    expect(
      row?.periods.map((x) => [x.holderIds.map((h) => s.entities.find((e) => e.id === h)?.name), x.from]),
    ).toEqual([[['government forces'], '2016-08-25']]);
    const capture = s.events.find((e) => e.id === row?.periods[0]?.eventIds[0]);
    expect(capture?.type).toBe('territory_change');
    expect(new Set(capture?.evidence.map((e) => e.documentId))).toEqual(
      new Set([p.documents[0]?.id, p.documents[1]?.id]),
    );
    expect(capture?.status).toBe('reported');
  });

  it('writes a briefing whose every sentence is the text of its citations, newest report first', async () => {
    const p = await picture();
    const b = p.stories[0]!.briefing;
    expect(b.length).toBeGreaterThanOrEqual(5);
    for (const sentence of b)
      expect(sentence.citations.map((c) => cited(p, c)).join(' ')).toContain(sentence.text);
    expect(b[0]?.citations[0]?.documentId).toBe(p.documents[2]?.id);
  });
});
