/**
 * A dateline's place ("WASHINGTON (AP) —", "CAMP MURRAY, Wash. -", "Washington (CNN)", "(NEW YORK) —"): where the
 * story was filed, a town. Written in capitals and followed by a dash (after an optional region and agency),
 * or opening the text or a line and followed by a news agency's capitals in brackets. Not the region after
 * the town ("Ky." in "LONDON, Ky. (WKYT) -"), nor "UK-bashing", "DPRK-South Korea" or "Festival (MIFF)".
 */
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.'’ ]{1,20}?)?`;
const AGENCY = String.raw`\s*\(\p{Lu}[\p{L}.&' ]{0,30}\)`;
const DASH = String.raw`(?:\s*[—–]|\s+-{1,3}|-{2,3})`;
/** After a name in capitals: region, agency, dash. */
const AFTER_CAPITALS = new RegExp(`^\\)?${REGION}(?:${AGENCY})?${DASH}`, 'u');
/** After a name opening a line: region and a news agency in capitals ("Washington (CNN)", "Hanoi (VNA) –"). */
const AFTER_NAME = new RegExp(String.raw`^${REGION}\s*\([A-Z]{2,8}\)`, 'u');
/** At least four letters, all capitals ("BAGHDAD", "ST. PAUL"; not "US"). */
const CAPITALS = /^(?=(?:[^\p{L}]*\p{L}){4})[^\p{Ll}]+$/u;
/** Text before a name that opens the text or a line. */
const LINE_START = /(?:^|\n)[\s(]*$/;
/** Text before the region of a dateline's town. */
const AFTER_COMMA = /,\s*$/;

/** Whether the mention at [start, end) of `text` is a dateline's place. */
export const isDateline = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 40), start);
  if (AFTER_COMMA.test(before)) return false;
  const after = text.slice(end, end + 60);
  if (CAPITALS.test(text.slice(start, end)) && AFTER_CAPITALS.test(after)) return true;
  return LINE_START.test(before) && AFTER_NAME.test(after);
};
