import {
  CAPTION_AGENCIES,
  CAPTION_MAX_LINE,
  CAPTION_OPENING_PATTERNS,
  CAPTION_PHOTO_CREDIT_PATTERNS,
  CAPTION_PHOTOGRAPHER,
  CAPTION_TRUNCATION,
} from '../lang/en/ingest-captions.js';
import { alternation } from '../lang/word-alternation.js';

const AGENCY = `(?:${alternation(CAPTION_AGENCIES)})(?: Photo| PHOTO)?`;
/** "(Associated Press)", "(AP Photo/Jane Doe)", perhaps followed by a second bracketed agency. */
const BRACKETED = `\\(${AGENCY}(?:${CAPTION_PHOTOGRAPHER})?\\)(?:\\s*\\(${AGENCY}\\))?`;
/** A truncated caption closed by its agency: "… Police continue... (Associated Press)". */
const TRUNCATED_CREDIT = new RegExp(`\\s*${BRACKETED}$`);
/** An agency's credit naming its photographer: "(AP Photo/Jane Doe, file)", "… 2015. REUTERS/Jane Doe". */
const PHOTOGRAPHER_CREDIT = [
  new RegExp(`\\(${AGENCY}${CAPTION_PHOTOGRAPHER}\\)(?:\\s*\\(${AGENCY}\\))?$`),
  new RegExp(`(?<=[.!?"”’])\\s+${AGENCY}${CAPTION_PHOTOGRAPHER}$`),
];

/**
 * Whether a paragraph is a wire photo's caption (lang/en/ingest-captions.ts): it opens like one ("FILE - In
 * this … file photo, …"), or it closes with an agency's credit after a truncation ("… (Associated Press)"),
 * with an agency's credit naming the photographer ("(AP Photo/…)", "REUTERS/…") or with a bracketed photo
 * credit ("(Photo: …)"). A dateline that opens a report ("CAIRO (Reuters) - …") is no caption; nor is a
 * paragraph over CAPTION_MAX_LINE characters.
 */
export const isPhotoCaption = (paragraph: string): boolean => {
  const t = paragraph.trim();
  if (t.length === 0 || t.length > CAPTION_MAX_LINE) return false;
  if (CAPTION_OPENING_PATTERNS.some((p) => p.test(t))) return true;
  const credit = TRUNCATED_CREDIT.exec(t);
  if (credit !== null && CAPTION_TRUNCATION.test(t.slice(0, credit.index))) return true;
  return PHOTOGRAPHER_CREDIT.some((p) => p.test(t)) || CAPTION_PHOTO_CREDIT_PATTERNS.some((p) => p.test(t));
};
