/**
 * The example as a user pastes it: the two reports without their metadata header. The first report's date is
 * read from its text ("Saturday (26 November)"); the second tells no date, so its figures cannot be placed in
 * time: the series still meet, as discrepancies (which is newer cannot be told), not as evolutions.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureForInputs } from '../../src/app/picture-for-inputs.js';
import { checkPictureIntegrity } from '../../src/out/check-picture-integrity.js';
import { validatePicture } from '../../src/out/validate-picture.js';
import { EXAMPLE_DIR, figureCiting } from '../example-picture.js';

/** The example's files with their leading `Key: value` header block taken off. */
const rawExample = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-raw-'));
  for (const name of readdirSync(EXAMPLE_DIR).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(EXAMPLE_DIR, name), 'utf8');
    writeFileSync(join(dir, name), text.replace(/^(?:[A-Za-z]+: .*\n)+\n/, ''));
  }
  return dir;
};

describe('the example without its metadata', () => {
  it('compares the undated report’s figures with the dated one’s as discrepancies', async () => {
    const p = await pictureForInputs([rawExample()]);
    expect(p.documents.map((d) => [d.published, d.publishedInferred])).toEqual([
      ['2016-11-26', true],
      [null, false],
    ]);
    const s = p.stories[0]!;
    const sixty = figureCiting(p, s, 'around 60 percent')!;
    const fled = figureCiting(p, s, 'more than 50,000 people')!;
    expect([sixty.asOf, fled.asOf]).toEqual([null, null]);
    const about = (f: { seriesKey: string }) => s.conflicts.filter((c) => c.about === f.seriesKey);
    expect(about(sixty).map((c) => c.kind)).toEqual(['discrepancy']);
    expect(about(fled).map((c) => c.kind)).toEqual(['discrepancy']);
    const share = s.figures.find((f) => f.value !== null && Math.abs(f.value - 20 / 45) < 0.001)!;
    expect(about(sixty)[0]!.itemIds).toEqual(expect.arrayContaining([share.id, sixty.id]));
    expect(about(sixty)[0]!.note).toMatch(
      /^share_controlled: .*≈0\.44 .*2016-11-26; .*≈0\.6 .*, date unknown$/,
    );
    expect(s.conflicts.filter((c) => c.kind === 'evolution')).toEqual([]);
    expect(validatePicture(JSON.parse(JSON.stringify(p)))).toEqual({ valid: true });
    expect(checkPictureIntegrity(p)).toEqual([]);
  });
});
