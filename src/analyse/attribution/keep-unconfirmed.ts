import { ATTRIBUTION_CUES } from '../../lang/en/attribution-cues.js';
import type { AttributionDraft } from './attribution-draft.js';

const SUBJECT_RULES: ReadonlySet<string> = new Set(['source-cue', 'participle-cue']);
const HAND_LISTED: ReadonlySet<string> = new Set(ATTRIBUTION_CUES.flatMap((c) => c.forms));

/**
 * Whether a rule's reading that the tagger does not confirm is still told, next to the claims `kept` so far.
 * A subject-cue reading ("X noted Y", "X did Y, noting Z") stands alone only on a hand-listed cue ("said", "denied", "hoped"), and a
 * plain assertion nested in a kept claim's content ("She said he said Y") is not told again; a nested stance is
 * ("X said he hoped Y"). Readings of other rules (inverted "…, said X", "according to", a source at the sentence
 * end) hold on their own. Measured on PolNeAR dev: unconfirmed subject-cue readings on derived cues overlap an
 * annotated source about one time in nine, nested plain assertions never.
 */
export const keepUnconfirmed =
  (text: string) =>
  (d: AttributionDraft, kept: readonly AttributionDraft[]): boolean => {
    if (!SUBJECT_RULES.has(d.rule)) return true;
    if (!HAND_LISTED.has(text.slice(d.cue.start, d.cue.end).toLowerCase())) return false;
    return (
      d.stance !== 'asserts' ||
      !kept.some((x) => x.content.start <= d.cue.start && d.cue.end <= x.content.end)
    );
  };
