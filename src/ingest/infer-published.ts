import { MONTH_NAMES, WEEKDAY_NAMES } from '../lang/en/calendar-words.js';
import { PHOTO_DATE_AFTER } from '../lang/en/ingest-photo-dates.js';
import { type IsoDate, isIsoDate, weekday } from '../model/date.js';

/** The years a weekday-and-date pair may fall in. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2035;

const alternation = (names: Readonly<Record<string, number>>): string =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .join('|');
const WD = alternation(WEEKDAY_NAMES);
const MO = alternation(MONTH_NAMES);
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
/** "Saturday (26 November)", "Saturday, November 26", "on Friday 25 Nov", optionally with a year. */
const PAIR = new RegExp(
  `\\b(${WD})\\b\\.?,?\\s*\\(?\\s*(?:the\\s+)?(?:${DAY}(?:\\s+of)?\\s+(${MO})\\b\\.?|(${MO})\\b\\.?\\s+${DAY})` +
    `(?:\\s*\\)?,?\\s*(\\d{4})\\b)?`,
  'g',
);
const YEAR = /\b(?:19|20)\d{2}\b/g;
/** A pair dating a picture: followed by one of PHOTO_DATE_AFTER. */
const PHOTO_AFTER = new RegExp(`^\\s*,?\\s*(?:${PHOTO_DATE_AFTER.join('|')})\\b`, 'i');

const latestYear = (text: string): number | null => {
  const years = (text.match(YEAR) ?? []).map(Number).filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR);
  return years.length > 0 ? Math.max(...years) : null;
};

const validDate = (y: number, m: number, d: number): IsoDate | null => {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
};

/**
 * The year in FIRST_YEAR..LAST_YEAR where `day` of `month` falls on `wd`. With several, the first at or
 * after the latest year the text mentions (a report is written after the years it looks back on), else
 * the last before it; with several and no year mentioned, none.
 */
const fixYear = (wd: number, month: number, day: number, anchor: number | null): IsoDate | null => {
  const fits: IsoDate[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const d = validDate(y, month, day);
    if (d && weekday(d) === wd) fits.push(d);
  }
  if (fits.length <= 1) return fits[0] ?? null;
  if (anchor === null) return null;
  return fits.find((d) => Number(d.slice(0, 4)) >= anchor) ?? fits[fits.length - 1] ?? null;
};

/**
 * A lower bound on the publication date when no metadata gives it: the latest date the text pins with a
 * weekday and a day-month ("Saturday (26 November)"); a stated year is taken when the weekday agrees. A
 * pair dating a picture ("In this Tuesday, Nov. 10, 2009 file photo") is passed over.
 * Null when the text has no such pair.
 */
export const inferPublished = (text: string): IsoDate | null => {
  const anchor = latestYear(text);
  let latest: IsoDate | null = null;
  for (const m of text.matchAll(PAIR)) {
    const wd = WEEKDAY_NAMES[m[1] ?? ''];
    const month = MONTH_NAMES[m[3] ?? m[4] ?? ''];
    const day = Number(m[2] ?? m[5]);
    if (wd === undefined || month === undefined) continue;
    if (PHOTO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const stated = m[6] ? validDate(Number(m[6]), month, day) : null;
    const date = stated && weekday(stated) === wd ? stated : fixYear(wd, month, day, anchor);
    if (date && (latest === null || date > latest)) latest = date;
  }
  return latest;
};
