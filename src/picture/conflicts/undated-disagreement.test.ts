import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../../model/picture.js';
import { reportTotals, undatedDisagreement } from './undated-disagreement.js';

/** A figure [lo, hi] told by `claimant` in `doc`; only what the check reads. */
const f = (lo: number, hi: number, claimant: string | null, doc = 'd1'): PictureFigure =>
  ({ low: lo, high: hi, claimantId: claimant, evidence: [{ documentId: doc, start: 0, end: 1 }] }) as never;
const interval = (x: PictureFigure) => [x.low!, x.high!] as const;

describe('undatedDisagreement', () => {
  const army = f(40, 45, 'army');
  const armyAgain = f(1, 2, 'army');
  const sohr = f(55, 65, 'sohr', 'd2');
  const sohrLow = f(10, 20, 'sohr', 'd2');
  it.each([
    ['an undated value above another voice’s', [army, sohr], [sohr], true],
    ['an undated value below another voice’s', [army, sohrLow], [sohrLow], true],
    ['overlapping values', [army, f(44, 50, 'sohr', 'd2')], [f(44, 50, 'sohr', 'd2')], false],
    ['the same voice in the same report only', [army, armyAgain], [armyAgain], false],
    // the most extreme value is the figure's own voice: the next voice's is the one that counts
    ['own extreme ignored, another voice still below', [armyAgain, f(30, 31, 'x', 'd3'), army], [army], true],
    ['own extreme ignored, no other voice disjoint', [armyAgain, f(41, 41, 'x', 'd3'), army], [army], false],
    ['the same claimant in another report is another telling', [army, f(1, 2, 'army', 'd2')], [army], true],
    ['two voices of one report speak of one time', [army, f(60, 60, 'sohr')], [f(60, 60, 'sohr')], false],
    ['no undated figure', [army, sohr], [], false],
  ])('%s', (_, items, undated, expected) => {
    expect(undatedDisagreement(items, undated, interval)).toBe(expected);
  });
});

describe('reportTotals', () => {
  const a = f(4, 4, null);
  const part = f(2, 2, null);
  const range = f(3, 6, null);
  const police = f(2, 2, 'police');
  const other = f(1, 1, null, 'd2');
  it.each([
    ['one voice in one report: the greatest only', [a, part], [a]],
    ['the greatest by its high bound', [a, range, part], [range]],
    ['ties: the first', [a, f(4, 4, null)], [a]],
    ['negative: another voice of the report is kept', [a, police], [a, police]],
    ['negative: another report is kept', [part, other, a], [other, a]],
  ])('%s', (_, figures, expected) => {
    expect(reportTotals(figures, interval)).toEqual(expected);
  });
});
