import { EVIDENCE_CUES, RECORD_NOUNS } from '../../lang/en/attribution-evidence.js';
import { SPEAKER_ROLE_NOUNS } from '../../lang/en/attribution-source-heads.js';
import { SOURCE_PRONOUNS } from '../../lang/en/attribution-syntax.js';
import { FIGURE_MILITARY_NOUNS, FIGURE_PEOPLE_NOUNS } from '../../lang/en/figures-counted-nouns.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Span } from '../../model/span.js';

const HOLDERS: ReadonlySet<string> = new Set([
  ...RECORD_NOUNS,
  ...SPEAKER_ROLE_NOUNS,
  ...FIGURE_PEOPLE_NOUNS,
  ...FIGURE_MILITARY_NOUNS,
]);
const NAMES: ReadonlySet<string> = new Set(['person', 'organization', 'group']);

/**
 * Whether a claim with an evidence cue ("shows", "reveals": attribution-evidence.ts) has a source that can show
 * something: a pronoun, a phrase with a record, role or people noun ("a new poll", "video of the incident",
 * "officials"), or one ending in the name of a person, organisation or group ("the Tulsa Police Department").
 * Any other cue holds whatever its source. "Timbuktu's literary patrimony reveals a continent with …" does not.
 */
export const showsEvidence = (
  text: string,
  source: Span,
  cue: Span,
  entities: readonly EntityMention[],
): boolean => {
  if (!EVIDENCE_CUES.has(text.slice(cue.start, cue.end).toLowerCase())) return true;
  const phrase = text.slice(source.start, source.end);
  const words = phrase.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  if (words.length === 1 && words[0]! in SOURCE_PRONOUNS) return true;
  if (words.some((w) => HOLDERS.has(w))) return true;
  const last = /[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u.exec(phrase);
  const at = source.start + (last?.index ?? 0);
  return entities.some((e) => NAMES.has(e.type) && e.span.start <= at && at < e.span.end);
};
