/**
 * A wire photo's caption that a scraped page prints as a paragraph of the report: "<Name> speaks to the media
 * outside <place>, Friday, May 2, 2014. Police continue to question… (Associated Press)", "FILE - In this
 * Tuesday, Nov. 10, 2009 file photo, <Name> attends…", "… in Moscow. (AP Photo/Jane Doe, file)", "… March 25,
 * 2015. REUTERS/Jane Doe". Ingest drops such a paragraph whole: it describes a picture (often an old one), not
 * the news, and its dates and truncated sentences would become the report's sentences, events and claims.
 * Matched against one paragraph (trimmed). Data only.
 */

/** Paragraphs longer than this are never taken for a caption: a whole report printed on one line stays. */
export const CAPTION_MAX_LINE = 800;

/** Agencies whose name closes a wire caption as its credit, in brackets or before "/<photographer>". */
export const CAPTION_AGENCIES: readonly string[] = [
  'Associated Press',
  'AP',
  'Reuters',
  'REUTERS',
  'AFP',
  'EPA',
  'EPA-EFE',
  'Xinhua',
];

/**
 * How a caption opens: the picture desk's "FILE -" label (perhaps after an editor's note in capitals, "FOR
 * MOVEMENT FRIDAY NOV. 15 FILE - …"), "In this <date> (file|handout|…) photo", "This undated photo provided
 * by …". A sentence that merely starts "In this" ("In this case, the picture is less clear") does not.
 */
export const CAPTION_OPENING_PATTERNS: readonly RegExp[] = [
  /^(?:[A-Z0-9][A-Z0-9.,:;'’ -]{0,60} )?FILE\s?[-–—]+\s+\S/,
  /^In this (?:[\w.,' ]{0,30}?\d{4},? )?(?:(?:undated|handout|file|aerial|family|booking|courtroom) )*(?:photo(?:graph)?|image|picture|frame grab)s?\b(?![-'’])/,
  /^This (?:[\w.,' ]{0,30}?\d{4},? )?(?:(?:undated|handout|file|aerial|family|booking) )*(?:photo(?:graph)?|image|picture)s? (?:provided|released|made available|distributed|obtained) by\b/,
];

/** A truncation mark: the caption feed cuts its second sentence short. */
export const CAPTION_TRUNCATION = /(?:\.{3}|…)$/;

/**
 * A photographer after an agency: "/Jane Doe", "/Jane Doe, Pool, file", "/ Jane Doe/File Photo". No full stop
 * (a credit is no sentence), at most 60 characters. Not "/Getty Images": a gallery's slide ("3/18 On taxes
 * "…" AFP/Getty Images") keeps its text, its credit cut as before (ingest-boilerplate.ts).
 */
export const CAPTION_PHOTOGRAPHER = String.raw`\s?\/\s?(?!Getty\b)[^.()/]{1,60}(?:\/[^.()/]{1,30})*`;

/**
 * A photo's credit that, closing a paragraph, makes it a caption whatever it says (the agency credits of
 * CAPTION_AGENCIES are added in code): "(Photo: Jane Doe/Invision/AP)", "(Photo by Jane Doe)", "(AP Photo)".
 */
export const CAPTION_PHOTO_CREDIT_PATTERNS: readonly RegExp[] = [
  /\((?:photos?|photograph)(?::| by)\s[^()]{1,80}\)$/i,
  /\((?:AP|AFP|Reuters|EPA) Photo\)$/i,
];
