import { type Span, spanContains } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { canSpeak } from './can-speak.js';
import { isActCue, isLexiconCue } from './match-cues.js';

/**
 * Whether a claim only the tagger found is told, among all the claims kept. Not when its cue is no lexicon cue
 * and either sits inside another claim's content — an event verb read as a cue ("troops seized the district,
 * the monitor said": the monitor says it, the troops say nothing) — or has no source ("It would be seen as a
 * victory": a guess at both ends, which would otherwise inherit the last speaker); on PolNeAR dev that trades
 * 0.8 point of content F1 for 0.8 of relation F1 (fewer claims told with no one to tell them). Nor, whatever
 * its cue, when the cue is an act ("claimed responsibility for", "claimed the lives of": match-cues isActCue);
 * and no claim, the rules' included, whose source cannot speak ("thousands have sought refuge": can-speak.ts;
 * no change on PolNeAR dev).
 */
export const keepTagged = (text: string, d: AttributionDraft, all: readonly AttributionDraft[]): boolean => {
  const cue = text.slice(d.cue.start, d.cue.end);
  if (d.rule === 'tagger' && isActCue(cue, text.slice(d.cue.end, d.cue.end + 40))) return false;
  if (d.source !== null && !canSpeak(text.slice(d.source.start, d.source.end))) return false;
  if (d.rule !== 'tagger' || isLexiconCue(cue)) return true;
  if (d.source === null) return false;
  const inside = (s: Span) => all.some((x) => x !== d && spanContains(x.content, s));
  return !inside(d.cue);
};
