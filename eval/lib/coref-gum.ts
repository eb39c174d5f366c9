/**
 * GUM news (CoNLL-U) as entity coreference gold: the text rebuilt from its tokens (SpaceAfter=No honoured, one
 * sentence a line), and its person / organization / place mentions that are not pronouns, with their
 * coreference group as chain (singletons included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorefDoc, GoldMention } from './coref-align.js';

const TYPES: Readonly<Record<string, GoldMention['type']>> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
};
const NAME_TAGS = new Set(['NNP', 'NNPS']);

const readDoc = (path: string, name: string): CorefDoc => {
  let text = '';
  const gold: GoldMention[] = [];
  const outOfScope: { start: number; end: number }[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const rows = block
      .split('\n')
      .filter((l) => /^\d+\t/.test(l))
      .map((l) => l.split('\t'));
    if (rows.length === 0) continue;
    if (text !== '') text += '\n';
    const open: { id: string; type: string; first: number; start: number }[] = [];
    const starts: number[] = [];
    rows.forEach((r, i) => {
      const misc = (r[9] ?? '').split('|');
      const start = text.length;
      starts.push(start);
      text += r[1];
      const end = text.length;
      if (!misc.includes('SpaceAfter=No') && i < rows.length - 1) text += ' ';
      const ent = misc.find((x) => x.startsWith('Entity='));
      if (!ent) return;
      for (const m of ent.slice(7).matchAll(/\((\d+)-([a-z]+)[^()]*|(\d+)?\)/g)) {
        if (m[1] !== undefined) open.push({ id: m[1], type: m[2] as string, first: i, start });
        if (!m[0].endsWith(')')) continue;
        const k = m[3] === undefined ? open.length - 1 : open.map((o) => o.id).lastIndexOf(m[3]);
        const o = open.splice(k, 1)[0];
        if (!o) continue;
        const type = TYPES[o.type];
        const inside = rows.slice(o.first, i + 1);
        if (!type || (inside.length === 1 && (inside[0]![3] === 'PRON' || inside[0]![4] === 'PRP$'))) {
          outOfScope.push({ start: o.start, end });
          continue;
        }
        // Named when its syntactic head (the token whose head lies outside the mention) is a proper noun.
        const ids = new Set(inside.map((t) => t[0]));
        const head = inside.find((t) => !ids.has(t[6])) ?? inside.at(-1)!;
        const named = NAME_TAGS.has(head[4] ?? '');
        gold.push({ start: o.start, end, chain: `${name}#${o.id}`, type, named });
      }
    });
  }
  return { name, topic: name, text, gold, outOfScope, nestedAnnotated: true, scored: null };
};

/** Every GUM news document of `dir` (the corpus's conllu/ folder), in file-name order. */
export const readGumCoref = (dir: string): CorefDoc[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => readDoc(join(dir, f), f.replace(/\.conllu$/, '')));
