import { EXAMPLE_CUES } from '../../lang/en/attribution-syntax.js';
import { type Span, spanContains } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { canSpeak } from './can-speak.js';
import { isActCue, isLexiconCue } from './match-cues.js';

/** "(say, the ones who …)", ", say, a dozen": a cue word set off by punctuation that gives an example. */
const isExampleCue = (text: string, cue: Span): boolean =>
  EXAMPLE_CUES.has(text.slice(cue.start, cue.end).toLowerCase()) &&
  /[(,–—]\s*$/.test(text.slice(Math.max(0, cue.start - 3), cue.start)) &&
  /^\s*,/.test(text.slice(cue.end, cue.end + 2));

/**
 * A cue ending in a particle of motion and a content that is an infinitive of purpose ("police charge in to stop
 * the shooting", "troops moved in to secure it"): what a movement is for, not what anyone said.
 */
const MOVING = /\b(?:in|into|out|off|forward|ahead|back|away|down|up|over|through|across)$/i;
const PURPOSE = /^to\s+\p{L}/u;
const movesTo = (cue: string, content: string): boolean => MOVING.test(cue) && PURPOSE.test(content);

/**
 * Whether a claim only the tagger found is told, among all the claims kept. Not when its cue is no lexicon cue
 * and either sits inside another claim's content — an event verb read as a cue ("troops seized the district,
 * the monitor said": the monitor says it, the troops say nothing) — or has no source ("It would be seen as a
 * victory": a guess at both ends, which would otherwise inherit the last speaker), or it tells what a
 * movement is for ("police charge in to stop the shooting": movesTo); on PolNeAR dev that trades 0.8 point of content F1 for 0.8 of relation F1 (fewer claims told with no one to tell them). Nor, whatever
 * its cue, when the cue is an act ("claimed responsibility for", "claimed the lives of": match-cues isActCue);
 * and no claim, the rules' included, whose source cannot speak ("thousands have sought refuge": can-speak.ts;
 * no change on PolNeAR dev), nor one whose cue gives an example ("some people (say, the ones …)").
 */
export const keepTagged = (text: string, d: AttributionDraft, all: readonly AttributionDraft[]): boolean => {
  const cue = text.slice(d.cue.start, d.cue.end);
  if (isExampleCue(text, d.cue)) return false;
  if (d.rule === 'tagger' && isActCue(cue, text.slice(d.cue.end, d.cue.end + 40))) return false;
  if (d.source !== null && !canSpeak(text.slice(d.source.start, d.source.end))) return false;
  if (d.rule !== 'tagger' || isLexiconCue(cue)) return true;
  if (d.source === null || movesTo(cue, text.slice(d.content.start, d.content.end))) return false;
  const inside = (s: Span) => all.some((x) => x !== d && spanContains(x.content, s));
  return !inside(d.cue);
};
