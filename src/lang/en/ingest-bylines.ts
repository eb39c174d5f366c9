/**
 * A reporter's byline or credit alone on its line: page furniture, not the report, so its names are no actors
 * of the story. Matched against one whole line (trimmed), up to MAX_BYLINE_LINE. Data only.
 */

/** Lines longer than this are never a byline. */
export const MAX_BYLINE_LINE = 200;

/** One name of two to four capitalised words ("Jane Doe", "JANE DOE", "Ali al-Sayed", "Jan de Vries"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|da|van|von|al|bin|la|le)){1,3}`;
/** Names in a list ("Jane Doe, John Roe and Ann Poe"). */
const NAMES = String.raw`${NAME}(?:\s*(?:,|and|AND|&)\s*${NAME})*`;
/** An outlet or a desk after a name ("Associated Press", "CNN", "The Associated Press Writers"). */
const OUTLET = String.raw`(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|for|the|and)){0,5}`;
/** Capitalised words and connectives after "reported from" ("Kabul", "Kabul and John Roe from Islamabad"). */
const FROM = String.raw`(?:\s+(?:\p{Lu}[\p{L}.'’-]*,?|and|from|in|the))+`;

/** A line matching any of these is a byline or a reporting credit, dropped by cleaning. */
export const BYLINE_LINE_PATTERNS: readonly RegExp[] = [
  // "By Jane Doe, Associated Press", "BY JANE DOE AND JOHN ROE", "By Jane Doe | CNN", "By Jane Doe for The Times"
  new RegExp(String.raw`^(?:By|BY)\s+${NAMES}(?:\s*(?:,|\||[–—-]|\bfor\b|\bof\b)\s*${OUTLET})?\.?$`, 'u'),
  // "Jane Doe | CNN", "Jane Doe, CNN —"
  new RegExp(String.raw`^${NAMES}\s*\|\s*${OUTLET}$`, 'u'),
  // "(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe; editing by John Roe"
  /^\((?:additional )?(?:reporting|writing|editing|compiled|written|edited) by [^()]{2,180}\)\.?$/iu,
  /^(?:additional )?reporting by [^.;]{2,80}(?:;\s*(?:additional reporting|writing|editing) by [^.;]{2,80})+\.?$/iu,
  // "Jane Doe reported from Kabul.", "Jane Doe reported from Kabul and John Roe from Islamabad."
  new RegExp(String.raw`^${NAMES}\s+(?:reported|contributed reporting)\s+(?:from|in)${FROM}\.?$`, 'u'),
  // "Associated Press writer Jane Doe in Kabul contributed to this report."
  /^[^.]{2,120}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/iu,
];

/**
 * A byline that opens the report's first line, before its dateline: "By Jane Doe, Associated Press KABUL,
 * Afghanistan (AP) — …" loses "By Jane Doe, Associated Press " (the dateline stays).
 */
export const LEADING_BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+${NAMES}(?:\s*,\s*${OUTLET})?\s+(?=\p{Lu}{3,}[\p{Lu} .'’-]*(?:,\s*\p{Lu}[\p{L}.]+)*\s*(?:\([^()]{1,30}\))?\s*(?:[–—]|-{1,2})\s)`,
  'u',
);
