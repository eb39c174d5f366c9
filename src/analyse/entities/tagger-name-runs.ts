import { NOT_NAMES } from '../../lang/en/entities-cues.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { nerTokenRuns } from '../../ner/ner-spans.js';
import { entityKey } from './entity-key.js';
import type { NameFinder, NameRun } from './find-name-runs.js';

const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d&.]+$/u;
const CURRENCY = /[$€£¥]/u;

/** What the tagger found, before the entity rules: a typed run (type null when a repair made it unsure). */
export type Typed = { first: number; last: number; type: NerType | null };

/**
 * Repairs the tagger's runs for the entity rules:
 * - a hyphenated modifier keeps only its capitalised head ("Britain-based" → "Britain", untyped);
 * - words that are never names split a run ("Aleppo Saturday" → "Aleppo", untyped); money ("US$") is no name;
 * - a nationality right before an organisation joins it ("Syrian | Observatory for Human Rights"), unless the
 *   organisation is an acronym, which is a name of its own ("Kurdish | YPG").
 */
export const repairRuns = (text: string, tokens: readonly Token[], runs: readonly Typed[]): Typed[] => {
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  const out: Typed[] = [];
  for (const r of runs) {
    let { first, last, type } = r;
    if (tokens.slice(first, last + 1).some((t) => CURRENCY.test(t.norm))) continue;
    while (last > first && !CAPITAL.test(surface(last)) && tokens[last - 1]!.norm === '-') {
      last -= 2;
      type = null;
    }
    let start = first;
    for (let i = first; i <= last + 1; i += 1) {
      if (i <= last && !NOT_NAMES.has(tokens[i]!.norm)) continue;
      const whole = start === first && i === last + 1;
      let named = false;
      for (let k = start; k < i && !named; k += 1) named = CAPITAL.test(surface(k));
      if (i > start && named) out.push({ first: start, last: i - 1, type: whole ? type : null });
      start = i + 1;
    }
  }
  const merged: Typed[] = [];
  for (const r of out) {
    const prev = merged.at(-1);
    const gap = prev ? text.slice(tokens[prev.last]!.span.end, tokens[r.first]!.span.start) : '';
    const acronym = r.first === r.last && ACRONYM.test(surface(r.first));
    if (prev?.type === 'MISC' && r.type === 'ORG' && prev.last + 1 === r.first && gap === ' ' && !acronym) {
      merged[merged.length - 1] = { first: prev.first, last: r.last, type: 'ORG' };
    } else merged.push(r);
  }
  return merged;
};

/**
 * One type per name in a document: the type the tagger gave most of its runs with the same key (ties: the
 * first seen), so an odd tag ("Aleppo" as a person once) follows the document's majority.
 */
const documentTypes = (text: string, tokens: readonly Token[], runs: readonly Typed[]): NameRun[] => {
  const keyOf = (r: Typed) => entityKey(text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end));
  const votes = new Map<string, Map<NerType, number>>();
  for (const r of runs) {
    if (r.type === null) continue;
    const k = keyOf(r);
    const v = votes.get(k) ?? new Map<NerType, number>();
    v.set(r.type, (v.get(r.type) ?? 0) + 1);
    votes.set(k, v);
  }
  const best = new Map<string, NerType>();
  for (const [k, v] of votes) {
    let top: [NerType, number] | null = null;
    for (const e of v) if (top === null || e[1] > top[1]) top = e;
    if (top) best.set(k, top[0]);
  }
  return runs.map((r) => ({ first: r.first, last: r.last, type: best.get(keyOf(r)) ?? null }));
};

/**
 * The trained tagger behind the NameFinder seam (models/ner-en.json.gz, read once on first use): its runs,
 * repaired for the entity rules, each with its document-level tagger type.
 */
export const taggerNameRuns: NameFinder = (text, tokens) =>
  documentTypes(text, tokens, repairRuns(text, tokens, nerTokenRuns(text, tokens)));
