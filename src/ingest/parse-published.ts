import * as chrono from 'chrono-node';
import { type IsoDate, isIsoDate, isoDate } from '../model/date.js';

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A publication date from metadata: ISO dates and datetimes (the date as written, in the publisher's
 * zone), or a written date chrono reads with a certain day, month and year ("28 November 2016",
 * "Nov. 28, 2016"). Null when the value is no such date.
 */
export const parsePublished = (value: string): IsoDate | null => {
  const v = value.trim();
  const iso = ISO.exec(v)?.[1];
  if (iso !== undefined) return isIsoDate(iso) ? iso : null;
  const found = chrono.strict.parse(v)[0];
  if (!found) return null;
  const { start } = found;
  if (!(start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))) return null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  return isoDate(year, month, day);
};
