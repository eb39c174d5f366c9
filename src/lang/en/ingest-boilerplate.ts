/**
 * Boilerplate that scraped news text carries besides the report: promo and footer lines, photo credits.
 * Matched against one whole line (trimmed). Data only.
 */

/** Lines longer than this are never boilerplate: promos and footers are short. */
export const BOILERPLATE_MAX_LINE = 240;

/** A line matching any of these is a promo or footer line, dropped by cleaning. */
export const PROMO_LINE_PATTERNS: readonly RegExp[] = [
  /^visit (?:the|our) .{1,120} (?:page|site|section)\b.*\b(?:latest|more)\b/i,
  /^follow (?:us|@\w+|[\w .&'-]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|telegram|threads|bluesky)\b/i,
  /^sign up (?:for|to)\b/i,
  /^subscribe (?:to|for) (?:our|the|free)\b/i,
  /^click here\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /^(?:advertisement|advertising|sponsored content|story continues below(?: advertisement)?)$/i,
  /^(?:advertisement\s*){2,}$/i,
  /^(?:photo )?advertisement continue reading the main story$/i,
  /^(?:story continued below|continue reading(?: below| the main story)?|top of page)$/i,
  /^scroll (?:down )?(?:to continue|for (?:video|more))\b.{0,40}$/i,
  /^(?:photo|photos|video|image|gallery)$/i,
  /^slideshow \(\d+ images?\)$/i,
  /^just watched\b.*\bmust watch\b/i,
  /\bsign up for our newsletters?\.?$/i,
  /^(?:tweet with a location|add a location to your tweets)$/i,
  /^(?:the interactive transcript could not be loaded|rating is available when the video has been rented)\.$/i,
  /^(?:share this (?:article|story)|share on (?:facebook|twitter))\b/i,
  /^(?:read more|related|recommended|more on this story|you may also like)\s*:?$/i,
  /^read (?:more|the full (?:story|article)) (?:from|at|on|in) [^.]{1,80}\.?$/i,
  /^click to (?:email|share|print|tweet|pin)\b.{0,80}\(opens in (?:a )?new window\)$/i,
  /^this (?:story|article) appears in the .{1,60} issue of .{1,60}?\.(?: subscribe\.?)?$/i,
];

/**
 * A line matching any of these (at most MAX_CREDIT_LINE long) is a photo credit or a link to a gallery,
 * dropped by cleaning: "PHOTOS: Occupy L.A.", "Photo – Garrondo", "(Credit: Microsoft)", "Nicholas
 * Kamm/AFP/Getty Images", "toggle caption Jay Reed/NPR", "Image copyright Getty Images".
 */
export const CREDIT_LINE_PATTERNS: readonly RegExp[] = [
  /^(?:photos?|pictures?|images?|credit|photo credit|video)(?:\s*:|\s+[–—-])\s*\S.*$/i,
  /^\((?:photos?|pictures?|images?|credit|photo credit|video)\s*:[^()]+\)$/i,
  /^(?:courtesy of|photograph(?:ed)? by|photo by)\s+\S.*$/i,
  /^Courtesy [A-Z]/,
  /^(?:hide|show|toggle) caption\b.*$/i,
  /^image copyright\s+\S.*$/i,
  /^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ ?\/ ?(?:[^/]+\/ ?){0,2}(?:[A-Z]{2,6}|[\w .&'’-]*\b(?:Images|Press|Pictures|Photos?|Reuters|Getty|Xinhua|Shutterstock))$/,
];

/** Lines longer than this are never taken for a credit line (CREDIT_LINE_PATTERNS). */
export const MAX_CREDIT_LINE = 80;

/**
 * A caption that names its photo's credit ("Photo: Demonstrators sit in the street. Credit: Jane Doe / The
 * Times"), dropped whole up to BOILERPLATE_MAX_LINE.
 */
export const CREDITED_CAPTION_PATTERNS: readonly RegExp[] = [
  /^(?:photo|image|picture)\s*:\s*.+\b(?:credit|photo)\s*:\s*[^.]{1,60}$/i,
];

/**
 * Page furniture that opens a line, cut from it (any length); the rest of the line stays, and a line with
 * nothing left is dropped. A gallery is cut whole: CNN's "Photos: <title> Photos: <title> <caption> Hide
 * Caption 1 of 23 Photos: <title> …", the Post's "1 of 26 Full Screen Autoplay Close Skip Ad × … Wait 1 second
 * to continue.", "Photos: <title> … 1 of 20 … Show Caption …", "7 PHOTOS … HIDE CAPTION SHOW CAPTION of SEE ALL
 * BACK TO SLIDE" before the report. A photo's credit and label go and its caption stays: "Image copyright AFP
 * Image caption …", "Media playback is unsupported on your device Media caption …". A reprint notice ("Dow Jones
 * Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready copies …, visit
 * www.…") goes whole.
 */
export const LEADING_FURNITURE_PATTERNS: readonly RegExp[] = [
  /^photos?:\s.*\bhide caption \d+ of \d+\s*/i,
  /^\d+ of \d+ full screen autoplay close skip ad\b(?:.*\bwait \d+ seconds? to continue\.?\s*|.*$)/i,
  /^photos?:\s.*\b\d+ of \d+\b.*\bshow caption\b.*$/i,
  /^\d+ photos\b.*\bhide caption show caption\b.*?\bback to slide\s*/i,
  /^image copyright\s.{1,80}?\bimage caption\s+/i,
  /^(?:image|media) caption\s+/i,
  /^media playback is unsupported on your device(?:\s+media caption)?\s*/i,
  /^(?:[\w .&'’-]{1,40}:\s*)?this (?:copy|article|content) is for your personal,? non-?commercial use only\.(?:[^.]*?(?:reprints?|copies)\b[^.]*?(?:www\.\S+|\.)(?:\s|$))*\s*/i,
];

/**
 * A photo's credit that closes a line (its caption), cut from it: "… the rear exit. (Photo: Jane Doe, AFP/Getty
 * Images)", "(Jane Doe/Getty Images)", "(AP Photo/Jane Doe) (Associated Press)", "… the best.” AFP/Getty
 * Images", "… at the scene. AP Photo/Jane Doe".
 */
export const TRAILING_CREDIT_PATTERNS: readonly RegExp[] = [
  /\s*\((?:AP |AFP |Reuters |EPA )?photos?(?: by\b|:|\/)[^()]{1,100}\)(?:\s*\((?:Associated Press|AP|AFP|Reuters)\))?$/i,
  /\s*\([^()]{1,80}\/\s*(?:[^()/]+\/\s*)*Getty Images(?: for [^()]{1,40})?\)$/,
  /(?<=[.!?"”’])\s+(?:AFP\/)?Getty Images$/,
  /(?<=[.!?"”’])\s+AP Photo\/[^.]{1,40}$/,
];

/** News agencies and picture desks that appear as photo credits. */
export const PHOTO_CREDIT_SOURCES: readonly string[] = [
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'EPA',
  'EPA-EFE',
  'Getty Images',
  'Getty',
  'Anadolu Agency',
  'Xinhua',
  'Sana',
  'SANA',
  'PA',
  'Shutterstock',
];

/**
 * The remainder of a doubled caption (second copy minus the first) counts as a credit when it starts with
 * one of PHOTO_CREDIT_SOURCES (glued or appended) or matches one of these: a bracketed credit, a
 * "Photo:"-style credit, or a credit after a separator.
 */
export const CAPTION_CREDIT_PATTERNS: readonly RegExp[] = [
  /^\s*[([][^()[\]]{1,80}[)\]]$/,
  /^\s*(?:[|–—-]\s*)?(?:photo|image|picture|credit|photograph)(?: credit)?\s*:?\s*.{1,80}$/i,
  /^\s*[|/–—-]\s*.{1,80}$/,
];
