import { LONE_DEMONSTRATIVES, SPEECH_PARTICIPLES } from '../../lang/en/attribution-participles.js';
import { RELATIVE_CLAUSE_OPENERS, SOURCE_PRONOUNS } from '../../lang/en/attribution-syntax.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { isCueWord } from './match-cues.js';
import { phraseLeftOf } from './noun-phrase.js';

/** Tags of a verb group ("are fleeing", "has also said", "to protect"). */
const VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART']);
const VERBAL = new Set(['VERB', 'AUX']);
/** How far left of the comma the clause's verb is looked for. */
const MAX_REACH = 30;

/** Whether token `i` is a participle cue right after a comma ("…, saying", "…, fearing"). */
export const isParticipleCue = (toks: readonly Token[], i: number): boolean =>
  toks[i - 1]?.norm === ',' && toks[i]?.pos === 'VERB' && /[a-z]ing$/.test(toks[i].norm);

/** The first index of the verb group ending at `v`. */
const groupStart = (toks: readonly Token[], v: number): number => {
  let g = v;
  while (g > 0 && VERB_GROUP.has(toks[g - 1]!.pos ?? '')) g -= 1;
  return g;
};

/** An infinitive ("to protect") or a bare gerund ("from abandoning", "attempting to"): no clause of its own. */
const nonFinite = (toks: readonly Token[], g: number, v: number): boolean =>
  toks[g]!.norm === 'to' ||
  toks[g - 1]?.norm === 'to' ||
  (/ing$/.test(toks[v]!.norm) && !toks.slice(g, v).some((t) => t.pos === 'AUX'));

/**
 * The reporting verb whose reported clause opens right after token `before` ("said [that] Y was …"), or -1: a verb
 * tagged as one and listed as a cue, right before the clause or before its "that".
 */
const reportingVerbBefore = (toks: readonly Token[], before: number): number => {
  const at = toks[before]?.norm === 'that' ? before - 1 : before;
  const t = toks[at];
  return t && t.pos === 'VERB' && isCueWord(t.norm) ? at : -1;
};

/** Tags a subject phrase can end with ("the junta", "Sanogo", "the 15 members"). */
const NOMINAL_END = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * "The junta overthrew the government, saying …", "some civilians are fleeing the town, fearing …", "…," Irina
 * Bokova said, calling on …": the subject of the clause a participle after the comma at `comma` hangs on — the
 * noun phrase (or pronoun) before the nearest finite verb group on the left, skipping infinitives ("trying to
 * build a system to protect candidates, fearing"); a relative pronoun stands for the phrase before it. `boundary`
 * is the token before the subject. A speaker's participle ("adding", "saying") after a reported clause goes on
 * to the reporting verb's subject ("Ali said the town fell, adding …" → Ali); a lone "this"/"that" is never the
 * subject. Null when no such subject is found.
 */
export const clauseSubject = (
  toks: readonly Token[],
  comma: number,
): { readonly source: Span; readonly boundary: number } | null => {
  const speech = SPEECH_PARTICIPLES.has(toks[comma + 1]?.norm ?? '');
  for (let v = comma - 1; v >= 0 && comma - v <= MAX_REACH; v -= 1) {
    if (!VERBAL.has(toks[v]!.pos ?? '')) continue;
    const g = groupStart(toks, v);
    if (nonFinite(toks, g, v)) {
      v = g;
      continue;
    }
    let s = g - 1;
    // "Ali said that was a mistake, …": "that" right after a reporting verb is the reported clause's subject.
    if (s > 0 && LONE_DEMONSTRATIVES.has(toks[s]!.norm) && reportingVerbBefore(toks, s - 1) === s - 1) {
      v = s;
      continue;
    }
    if (s >= 0 && RELATIVE_CLAUSE_OPENERS.has(toks[s]!.norm)) s -= toks[s - 1]?.norm === ',' ? 2 : 1;
    const t = toks[s];
    if (!t) return null;
    const np = t.norm in SOURCE_PRONOUNS ? { first: s, boundary: s - 1 } : phraseLeftOf(toks, s);
    if (!np || np.first > s || toks[np.first]!.pos === 'ADP') return null;
    if (!(t.norm in SOURCE_PRONOUNS) && t.pos !== null && !NOMINAL_END.has(t.pos)) return null;
    // "Ali said this was a mistake, adding …": a speaker's participle (or any, after a lone "this") goes on with
    // the reporting verb whose clause this is; a lone demonstrative is never the speaker.
    const lone = np.first === s && LONE_DEMONSTRATIVES.has(t.norm);
    const reporting = reportingVerbBefore(toks, np.boundary);
    if (reporting >= 0 && (lone || speech)) {
      v = reporting + 1;
      continue;
    }
    if (lone) return null;
    return { source: span(toks[np.first]!.span.start, t.span.end), boundary: np.boundary };
  }
  return null;
};
