/**
 * Page furniture that survives cleaning inside a report's sentences and is no briefing line: contact and credit
 * lines, time stamps, promos, share buttons, embed and archive notices, photo captions. Matched against one
 * sentence (trimmed). Ingest drops such text when it stands alone on a line (ingest-boilerplate.ts); these
 * catch it when it shares a line with the report or is split into sentences. Data only.
 */

/** A sentence matching any of these is not cited by the briefing (it stays in the report and its analysis). */
export const NOT_BRIEFING_LINE_PATTERNS: readonly RegExp[] = [
  // a web or e-mail address: a contact line, a link to follow, a pasted post ("Write to … at jane@example.com")
  /https?:\/\/|\bwww\.\S|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i,
  // the signature of an embedded post: "— Jane Doe (@janedoe) May 21, 2013"
  /\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}$/,
  // credits: "Jane Doe contributed to this report.", "(Reporting by …; Editing by …)"
  /\bcontributed (?:reporting )?to this (?:report|story|article)\b/i,
  /^\(?(?:additional )?(?:reporting|writing|editing) by\b|;\s*(?:additional reporting|editing) by\b/i,
  /\bcan be reached at\b/i,
  // time stamps: "Posted Tuesday, May 2, 2017 5:27 pm", "May 2, 2017 10:54 am ET by Staff"
  /^(?:posted|updated|published|last updated)(?: on| at)?:?\s+(?:[A-Z][a-z]+day,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})/i,
  /^(?:[A-Z][a-z]+day,? )?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? \d{1,2}:\d\d/,
  // promos and links to other stories
  /^(?:related(?: video| stories| coverage)?|more|read more|also read|see also|watch|listen)\s*:/i,
  /^have a tip\b|^read or share this story\b|^click (?:here|to)\b|\(opens in new window\)|^editor['’]?s note\s*:/i,
  // the notices a page shows for an embedded post or an archived copy
  /\badd location information to your tweets\b|\btweet location history\b|^add this tweet to your website\b/i,
  /\bcrawl data to the internet archive\b|^these crawls are part of an effort\b|\breferences to these archived pages\b|^crawls of supported\b/i,
  /\bare added to the wayback machine\b|^this feature is not available right now\b|^please try again later\.?$/i,
  // a photo's caption: "FILE - In this May 4, 2001, file photo, …", "In this undated handout photo, …"
  /^FILE\s*[-–—]|^In this (?:[\w.,' ]{0,30}?\d{4},? )?(?:(?:undated|handout|file|aerial) )*(?:photo|image|picture)\b/,
  /\bfor your personal,? non-?commercial use only\b|\bpresentation-ready copies\b/i,
  /\ball rights reserved\b|^(?:copyright\b|©)/i,
];

/**
 * Furniture that opens a sentence, left out of the cited span (the rest is the briefing line): a dateline
 * ("CAIRO (Reuters) - ", "SYCAMORE, Ill. -- ", "PARIS—"), an agency tag ("(CNN) — "), "Story highlights", a
 * label in capitals ("FULL COVERAGE: "). A hyphen counts as a dateline's dash only with a space or a second
 * hyphen beside it, and the place needs a run of three capitals, so "U.S.-China talks" and "U.S. - China talks"
 * keep their first word.
 */
export const LEADING_FURNITURE_PATTERNS: readonly RegExp[] = [
  /^story highlights\s+/i,
  /^(?=[A-Z.'’ -]*[A-Z]{3})[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.]{1,20})?\s*(?:\([A-Z][\w &.]{1,30}\))?(?:\s*[–—]\s*|\s+-{1,2}\s*|\s*--\s*)/,
  /^\([A-Z][\w&. ]{1,30}\)\s*(?:[–—]|-{1,2})\s*/,
  /^[A-Z]{2,}(?: [A-Z]{2,})+:\s+/,
];

/**
 * How a complete sentence ends: a full stop, question or exclamation mark or ellipsis, then perhaps closing
 * quotes or brackets. Headlines, captions, bullet points, list items and cut-off text end otherwise.
 */
export const COMPLETE_SENTENCE_END = /[.!?…]["”’')\]]*$/;

/**
 * Double quotation marks: those that only open a quotation, those that only close one (a pair of single
 * closing quotes stands for one: "the climax of “The Wolfman,’’ with …"), and those that do either (a straight
 * quote toggles). A sentence that starts inside a quotation, or that is all quotation, is no briefing line
 * (is-quote-fragment.ts). Lone single quotes are left out: they double as apostrophes.
 */
export const QUOTE_MARKS = {
  opening: ['“', '„', '«', '‘‘'],
  closing: ['”', '»', '’’'],
  either: ['"', "''"],
} as const;
