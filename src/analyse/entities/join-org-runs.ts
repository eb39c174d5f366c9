import { ORG_CUE_WORDS } from '../../lang/en/entities-cues.js';
import { ORG_NAME_AND, ORG_NAME_JOINERS } from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';
import { bodyTopicStart } from './body-topic.js';
import type { Typed } from './typed-run.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;
const LOWER = /^\p{Ll}/u;

/**
 * Joins organisation names the tagger split at a lower-case joiner: "National Movement | for the | Liberation
 * of Azawad" is one name. The part before is an organisation, the part after one or untyped; after such a join,
 * "and (the)" adds one more organisation part when a bracketed acronym follows the whole ("… of Democracy and the
 * Restoration of the State (CNRDRE)"). A body's head and its subject join with "on" on one line ("House Homeland
 * Security Subcommittee | on | Transportation Security"). A person's name right before an organisation ending in
 * an organisation word, one space between, names it ("Ronald Reagan | UCLA Medical Center"): one organisation.
 */
export const joinOrgRuns = (text: string, tokens: readonly Token[], runs: readonly Typed[]): Typed[] => {
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  /** The joiner filling exactly the tokens between `prev` and `next`, all lower case, or null. */
  const joiner = (prev: Typed, next: Typed, joiners: readonly (readonly string[])[]) =>
    joiners.find(
      (j) =>
        next.first - prev.last - 1 === j.length &&
        j.every((w, k) => tokens[prev.last + 1 + k]!.norm === w && LOWER.test(surface(prev.last + 1 + k))),
    ) ?? null;
  const acronymAfter = (r: Typed) =>
    tokens[r.last + 1]?.norm === '(' &&
    tokens[r.last + 3]?.norm === ')' &&
    tokens[r.last + 2] !== undefined &&
    ACRONYM.test(surface(r.last + 2));
  /** "Subcommittee | on | Transportation Security": the run after "on" is the body's subject. */
  const topic = (prev: Typed, next: Typed) =>
    next.first === prev.last + 2 &&
    bodyTopicStart(text, tokens, prev.last, next.first) === next.first &&
    !text.slice(tokens[prev.last]!.span.end, tokens[next.first]!.span.start).includes('\n');
  /** "Ronald Reagan | UCLA Medical Center": a person's name opening an institution's. */
  const namesake = (prev: Typed, next: Typed) =>
    prev.type === 'PER' &&
    next.type !== 'PER' &&
    next.type !== 'LOC' &&
    next.first === prev.last + 1 &&
    text.slice(tokens[prev.last]!.span.end, tokens[next.first]!.span.start) === ' ' &&
    ORG_CUE_WORDS.has(tokens[next.last]!.norm);
  const out: Typed[] = [];
  let joined = false;
  for (const r of runs) {
    const prev = out.at(-1);
    const sameSentence = prev !== undefined && tokens[prev.first]!.sentence === tokens[r.first]!.sentence;
    if (sameSentence && namesake(prev, r)) {
      out[out.length - 1] = { first: prev.first, last: r.last, type: 'ORG' };
      continue;
    }
    const orgs = prev?.type === 'ORG' && (r.type === 'ORG' || r.type === null);
    if (sameSentence && orgs && (joiner(prev, r, ORG_NAME_JOINERS) || topic(prev, r))) {
      out[out.length - 1] = { first: prev.first, last: r.last, type: 'ORG' };
      joined = true;
      continue;
    }
    if (sameSentence && joined && r.type === 'ORG' && joiner(prev!, r, ORG_NAME_AND) && acronymAfter(r)) {
      out[out.length - 1] = { first: prev!.first, last: r.last, type: 'ORG' };
      continue;
    }
    joined = false;
    out.push(r);
  }
  return out;
};
