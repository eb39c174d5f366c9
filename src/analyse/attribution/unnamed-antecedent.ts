import { RECORD_NOUNS } from '../../lang/en/attribution-evidence.js';
import { HEAD_PHRASE_ENDS, IT_SOURCE_HEADS } from '../../lang/en/attribution-pronoun-heads.js';
import type { Span } from '../../model/span.js';
import { isPlural as plural } from './plural-noun.js';

/** The head word of a source phrase: its last word before a preposition, relative word, comma or parenthesis. */
const headWord = (text: string, source: Span): string => {
  const words: string[] = [];
  for (const m of text.slice(source.start, source.end).matchAll(/[\p{L}'’-]+|[,(]/gu)) {
    const w = m[0].toLowerCase();
    if (w === ',' || w === '(' || HEAD_PHRASE_ENDS.has(w)) break;
    words.push(w);
  }
  return words.at(-1) ?? '';
};

/** The record a source is the author of, named right before it ("an audit by [the inspector general]"). */
const recordBefore = (text: string, source: Span): boolean => {
  const lead = /(\p{L}+)\s+by\s+$/u.exec(text.slice(Math.max(0, source.start - 40), source.start));
  return lead !== null && RECORD_NOUNS.has(lead[1]!.toLowerCase());
};

/**
 * Whether a pronoun source ("they", "it") may stand for an earlier source that names no entity: "they" for a
 * plural head ("Authorities said …. They said"), "it" for a record or a body ("An audit found …, it states"), or
 * for the author of a record named just before ("an audit by the inspector general").
 */
export const unnamedAntecedent = (text: string, pronoun: string, source: Span): boolean => {
  const head = headWord(text, source);
  if (pronoun === 'they') return plural(head);
  if (pronoun === 'it')
    return (
      (!plural(head) && (RECORD_NOUNS.has(head) || IT_SOURCE_HEADS.has(head))) || recordBefore(text, source)
    );
  return false;
};
