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
  /^(?:share this (?:article|story)|share on (?:facebook|twitter))\b/i,
  /^(?:read more|related|recommended|more on this story|you may also like)\s*:?$/i,
  /^read (?:more|the full (?:story|article)) (?:from|at|on|in) [^.]{1,80}\.?$/i,
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
