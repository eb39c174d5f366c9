/**
 * Lines that open a scraped page and look like a headline (a few capitalised words, no full stop) but are not
 * one: a photo's caption with its credit, a time stamp with a byline. Data only.
 */

/**
 * A line holding any of these is a photo's caption or credit, never a title: a picture desk's id
 * ("image:66419:2::0"), a credit's "Photo" ("White House Photo, Jane Doe", "AP Photo/Jane Doe", "Photo by"), a
 * bracketed "(Photo: …)", "Getty Images", a name then "/" and an agency ("Jane Doe/AFP").
 */
export const CAPTION_MARK_PATTERNS: readonly RegExp[] = [
  /\bimage:\d+(?::\d*)*(?=\s|$)/i,
  /\bPhoto(?:graph)?s?(?:\s*[,/:]|\s+by\b)/,
  /\((?:photo|image|picture)s?(?:\s*:|\s+by\b)/i,
  /\bGetty Images\b/,
  /\w\s?\/\s?(?:AFP|AP|Reuters|EPA|Getty|Xinhua|Shutterstock)\b/,
];

/**
 * A caption closed by a picture desk's id ("President Jane Doe image:66419:2::0"): the id marks the whole line
 * as page furniture (a caption with its credit), dropped by cleaning.
 */
export const CAPTION_ID_END = /\bimage:\d+(?::\d*)*$/i;

/**
 * A line opening with a date or holding a clock time is a time stamp, never a title: "March 10, 2012 10:54 am ET
 * by Jane Doe", "Updated 5:30 p.m.".
 */
export const STAMP_PATTERNS: readonly RegExp[] = [
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b/,
  /\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\b\.?|[AP]M\b)/i,
];
