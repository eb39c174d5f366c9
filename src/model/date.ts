import type { Brand } from './ids.js';

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = Brand<string, 'IsoDate'>;
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A calendar range [start, end] (both inclusive) with the precision it was stated at. */
export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly precision: DatePrecision;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (s: string): s is IsoDate => {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
};

export const isoDate = (year: number, month: number, day: number): IsoDate => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10) as IsoDate;
};

export const parseIsoDate = (s: IsoDate): Date => new Date(`${s}T00:00:00Z`);

export const addDays = (s: IsoDate, days: number): IsoDate => {
  const d = parseIsoDate(s);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
};

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (s: IsoDate): number => parseIsoDate(s).getUTCDay();
