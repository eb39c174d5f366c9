/**
 * MEANTIME English (intra_cross-doc_annotation) as cross-document entity coreference gold: per topic corpus
 * (airbus, apple, gm, stock), the entity mentions that REFERS_TO a PER / ORG / LOC instance, pronouns left out;
 * the chain is the corpus-level instance id, so mentions in different reports of a topic meet. Only the title
 * and the first body sentences are fully annotated (sentences 0–5, sentence 1 being the dateline), so scoring
 * keeps to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorefDoc, GoldMention } from './coref-align.js';
import { readCatDoc } from './ecb-reader.js';

const TYPES: Readonly<Record<string, GoldMention['type']>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
};
const PRONOUNS = new Set(
  'he she it they him her them his its their hers theirs we us our i me my you your who whom whose which that this these those itself themselves himself herself'.split(
    ' ',
  ),
);
/** Sentence numbers up to this one are fully annotated (title, dateline, first four body sentences). */
const LAST_SCORED_SENTENCE = 5;
const attr = (tag: string, name: string): string | null =>
  tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? null;

const readDoc = (path: string, name: string, topic: string): CorefDoc => {
  const xml = readFileSync(path, 'utf8');
  const doc = readCatDoc(path, name);
  const syntax = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>/g))
    syntax.set(attr(m[1]!, 'm_id')!, attr(m[1]!, 'syntactic_type') ?? '');
  const typeOf = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b([^>]*?)\/?>/g)) {
    const type = attr(m[1]!, 'ent_type') ?? '';
    typeOf.set(attr(m[1]!, 'instance_id') ?? `${name}#${attr(m[1]!, 'm_id')}`, type);
  }
  const gold: GoldMention[] = [];
  const outOfScope: { start: number; end: number }[] = [];
  for (const m of doc.mentions) {
    if (m.type !== 'ENTITY_MENTION') continue;
    const type = TYPES[typeOf.get(m.chain ?? '') ?? ''];
    if (!type || syntax.get(m.id) === 'PRO' || PRONOUNS.has(m.text.toLowerCase())) {
      outOfScope.push({ start: m.start, end: m.end });
      continue;
    }
    const s = syntax.get(m.id) ?? '';
    const named = ['NAM', 'PRE.NAM', 'HLS'].includes(s) || (s === '' && /^\p{Lu}/u.test(m.text));
    gold.push({ start: m.start, end: m.end, chain: m.chain!, type, named });
  }
  const scored = doc.sentences
    .filter((x) => x.n <= LAST_SCORED_SENTENCE)
    .map((x) => ({ start: x.start, end: x.end }));
  return {
    name,
    topic,
    text: doc.text,
    gold: gold.filter((g) => scored.some((r) => g.start >= r.start && g.end <= r.end)),
    outOfScope,
    nestedAnnotated: false,
    scored,
  };
};

/** Every report of the four topic corpora under `dir` (intra_cross-doc_annotation/), by topic then name. */
export const readMeantimeCoref = (dir: string): CorefDoc[] =>
  readdirSync(dir)
    .filter((t) => t.startsWith('corpus_'))
    .sort()
    .flatMap((t) =>
      readdirSync(join(dir, t))
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((f) => readDoc(join(dir, t, f), f.replace(/\.xml$/, ''), t.replace(/^corpus_/, ''))),
    );
