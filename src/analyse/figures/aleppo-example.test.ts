import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

/** The bundled Aleppo reports, read at test time; the `Key: value` header ends at the first blank line. */
const body = (name: string): string => {
  const raw = readFileSync(resolve(import.meta.dirname, '../../../examples/aleppo-2016', name), 'utf8');
  return raw.slice(raw.indexOf('\n\n') + 2);
};

const analyse = (name: string, ref: string) => {
  const text = body(name);
  const { figures, times } = runFigures(text, ref);
  const figure = (starts: string) => {
    const f = figures.find((x) => text.slice(x.span.start).startsWith(starts));
    if (!f) throw new Error(`no figure starting "${starts}"`);
    return f;
  };
  const time = (t: string) => times.find((x) => text.slice(x.span.start, x.span.end) === t);
  return { figure, time, times };
};

describe('time and figures over the Aleppo example', () => {
  const r2 = analyse('002_59e12d0458cf2d4a.txt', '2016-12-03');
  const r0 = analyse('000_b26fbb70385f3848.txt', '2016-11-28');

  it('002: killed since November 15, with bounds', () => {
    const f = r2.figure('Around 310 civilians');
    expect(f).toMatchObject({ value: 310, approximate: true, measure: 'killed', what: 'civilians' });
    const window = r2.times.find((t) => t.id === f.timeId);
    expect(window).toMatchObject({ relation: 'since', range: { start: '2016-11-15' } });
    expect(r2.figure('At least 69 civilians')).toMatchObject({ low: 69, value: null, measure: 'killed' });
  });

  it('002: fled, and the children as a part of them', () => {
    const whole = r2.figure('more than 50,000 people');
    expect(whole).toMatchObject({ low: 50000, measure: 'fled', unit: 'people' });
    expect(r2.figure('Nearly 20,000 of them')).toMatchObject({
      high: 20000,
      what: 'children',
      partOf: whole.id,
    });
  });

  it('002: share controlled, and the news dates', () => {
    expect(r2.figure('around 60 percent')).toMatchObject({
      value: 0.6,
      unit: 'share',
      measure: 'share_controlled',
    });
    expect(r2.time('Overnight')?.value).toBe('2016-12-02TNI');
    expect(r2.time('Friday')).toMatchObject({
      value: '2016-12-02',
      range: { start: '2016-12-02', end: '2016-12-02' },
    });
    expect(r2.time('mid-November')).toMatchObject({
      value: '2016-11',
      range: { start: '2016-11-11', end: '2016-11-20' },
    });
  });

  it('000: areas, shares, vague residents and the parenthesised date', () => {
    const total = r0.figure('45 square kilometres');
    expect(total).toMatchObject({ measure: 'area_total', value: 45, unit: 'km2' });
    expect(r0.figure('20 square kilometres')).toMatchObject({ partOf: total.id, measure: 'area_controlled' });
    expect(r0.figure('nearly half')).toMatchObject({ high: 0.5, value: null, unit: 'share' });
    expect(r0.figure('thousands of residents')).toMatchObject({
      value: null,
      approximate: true,
      measure: 'fled',
      what: 'residents',
    });
    expect(r0.time('Saturday (26 November)')).toMatchObject({ type: 'DATE', value: '2016-11-26' });
  });
});
