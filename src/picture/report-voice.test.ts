import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../model/date.js';
import { reportVoice } from './report-voice.js';

const r = (outlet: string | null, title: string | null, published: string | null) => ({
  outlet,
  title,
  published: published as IsoDate | null,
});

describe('reportVoice', () => {
  it.each([
    [r('AFP', 'Syria army advances', '2016-12-03'), 'AFP'],
    [r(null, 'Syria army advances', '2016-12-03'), '"Syria army advances"'],
    [r('  ', ' ', '2016-12-03'), 'report of 2016-12-03'],
    [r(null, null, null), 'undated report'],
    [null, 'undated report'],
  ])('%j → %s', (report, expected) => {
    expect(reportVoice(report)).toBe(expected);
  });
});
