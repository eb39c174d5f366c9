import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../model/date.js';
import type { PictureFigure } from '../model/picture.js';
import { formatFigureValue, formatWindow } from './format-figure.js';

type Bounds = Pick<PictureFigure, 'value' | 'low' | 'high' | 'unit' | 'approximate'>;
const f = (
  value: number | null,
  low: number | null,
  high: number | null,
  unit: string,
  approximate: boolean,
): Bounds => ({
  value,
  low,
  high,
  unit,
  approximate,
});

describe('formatFigureValue', () => {
  it.each<[Bounds, string]>([
    [f(310, null, null, 'people', true), '≈310'],
    [f(310, null, null, 'people', false), '310'],
    [f(null, 50000, null, 'people', false), '> 50,000'],
    [f(null, null, 100, 'count', false), '< 100'],
    [f(null, 300, 320, 'people', false), '300–320'],
    [f(null, 300, 320, 'people', true), '≈300–320'],
    [f(20, null, null, 'km2', false), '20 km²'],
    [f(null, 10, 20, 'km2', false), '10–20 km²'],
    [f(12.5, null, null, 'km', false), '12.5 km'],
    [f(3000000, null, null, 'usd', true), '≈US$3,000,000'],
    [f(null, null, 0.5, 'share', true), 'nearly 50%'],
    [f(null, null, 0.5, 'share', false), 'less than 50%'],
    [f(null, 0.5, null, 'share', false), 'more than 50%'],
    [f(0.6, null, null, 'share', true), 'about 60%'],
    [f(0.6, null, null, 'share', false), '60%'],
    [f(0.333, null, null, 'share', false), '33.3%'],
    [f(null, 0.5, 0.6, 'share', false), '50–60%'],
    [f(null, null, null, 'people', true), '—'],
  ])('%o reads %s', (bounds, text) => {
    expect(formatFigureValue(bounds)).toBe(text);
  });
});

const d = (s: string): IsoDate => s as IsoDate;

describe('formatWindow', () => {
  it.each<[PictureFigure['window'], string]>([
    [null, '—'],
    [{ start: d('2020-02-10'), end: null }, 'since 2020-02-10'],
    [{ start: null, end: d('2020-03-01') }, 'until 2020-03-01'],
    [{ start: d('2020-02-10'), end: d('2020-03-01') }, '2020-02-10 – 2020-03-01'],
    [{ start: d('2020-03-01'), end: d('2020-03-01') }, '2020-03-01'],
    [{ start: null, end: null }, '—'],
  ])('%o reads %s', (w, text) => {
    expect(formatWindow(w)).toBe(text);
  });
});
