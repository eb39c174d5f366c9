/** Cross-domain NER gold: re3d (char-offset JSON) and GUM news (CoNLL-U), mapped to CoNLL BIO tags. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedSentence } from './conll.js';

export const RE3D_MAPPING: Readonly<Record<string, string>> = {
  Person: 'PER',
  Organisation: 'ORG',
  Location: 'LOC',
  Nationality: 'MISC',
};
export const GUM_MAPPING: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
};

interface Gold {
  start: number;
  end: number;
  type: string;
}

const toTags = (n: number, spans: readonly Gold[]): string[] => {
  const tags = new Array<string>(n).fill('O');
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (tags.slice(s.start, s.end).some((t) => t !== 'O')) continue;
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
};

// PTB-like: possessive 's and n't split off, hyphenated words kept whole.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|['’]s\b|n['’]t\b|[\p{L}\p{N}]+?(?=n['’]t\b)|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*?(?=['’]s\b)|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;

/** PTB-like tokens with sentence breaks after . ! ? or at newlines, for raw-text gold. */
const tokenize = (text: string): { start: number; end: number }[][] => {
  const sentences: { start: number; end: number }[][] = [];
  let cur: { start: number; end: number }[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    if (cur.length > 0 && text.slice(lastEnd, start).includes('\n')) {
      sentences.push(cur);
      cur = [];
    }
    cur.push({ start, end: start + m[0].length });
    lastEnd = start + m[0].length;
    if (/^[.!?]$/.test(m[0])) {
      sentences.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) sentences.push(cur);
  return sentences;
};

const nameStart = (value: string): number => (/^the\s/i.test(value) ? 4 : 0);

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'al', 'bin', '-', "'s", '’s', '&']);
const PRONOUNS = new Set([
  'I',
  'We',
  'It',
  'He',
  'She',
  'They',
  'You',
  'Our',
  'Its',
  'His',
  'Her',
  'Their',
  'This',
]);

/** A name rather than a description: every word capitalised or a connector ("Council of Europe"), not a pronoun. */
const isNameLike = (value: string): boolean => {
  const words = value.match(TOKEN) ?? [];
  return (
    words.length > 0 &&
    !PRONOUNS.has(value) &&
    /^\p{Lu}/u.test(value) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTORS.has(w.toLowerCase()))
  );
};

/** re3d documents, names only: gold mentions (after a leading "the") that look like names (isNameLike). */
export const readRe3d = (dir: string): TaggedSentence[] => {
  const out: TaggedSentence[] = [];
  let doc = 0;
  for (const source of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const lines = (f: string) =>
      readFileSync(join(dir, source.name, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l));
    const entities = lines('entities.json');
    for (const d of lines('documents.json')) {
      const text: string = d.text;
      const gold = new Map<string, Gold & { conf: number }>();
      for (const e of entities) {
        const type = RE3D_MAPPING[e.type];
        if (e.documentId !== d._id || type === undefined) continue;
        const start = e.begin + nameStart(text.slice(e.begin, e.end));
        if (!isNameLike(text.slice(start, e.end))) continue;
        const key = `${start}:${e.end}`;
        const prev = gold.get(key);
        if (!prev || e.confidence > prev.conf) gold.set(key, { start, end: e.end, type, conf: e.confidence });
      }
      for (const sent of tokenize(text)) {
        const spans: Gold[] = [];
        for (const g of gold.values()) {
          const s = sent.findIndex((t) => t.start === g.start);
          const e = sent.findIndex((t) => t.end === g.end);
          if (s >= 0 && e >= s) spans.push({ start: s, end: e + 1, type: g.type });
        }
        out.push({
          words: sent.map((t) => text.slice(t.start, t.end)),
          tags: toTags(sent.length, spans),
          doc,
        });
      }
      doc++;
    }
  }
  return out;
};

const NAME_TAGS = new Set(['NNP', 'NNPS']);

/**
 * GUM news: person/organization/place mentions cut to their proper-noun part (first NNP(S) to the end,
 * which must be NNP(S), with only connectors between); the longest wins where they nest.
 */
export const readGumNews = (dir: string): TaggedSentence[] => {
  const out: TaggedSentence[] = [];
  readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .forEach((f, doc) => {
      for (const block of readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/)) {
        const rows = block
          .split('\n')
          .filter((l) => /^\d+\t/.test(l))
          .map((l) => l.split('\t'));
        if (rows.length === 0) continue;
        const open: { id: string; type: string; start: number }[] = [];
        const spans: Gold[] = [];
        rows.forEach((r, i) => {
          const ent = (r[9] ?? '').split('|').find((x) => x.startsWith('Entity='));
          if (!ent) return;
          for (const m of ent.slice(7).matchAll(/\((\d+)-([a-z]+)[^()]*|(\d+)?\)/g)) {
            if (m[1] !== undefined) open.push({ id: m[1], type: m[2] as string, start: i });
            if (!m[0].endsWith(')')) continue;
            const k = m[3] === undefined ? open.length - 1 : open.map((o) => o.id).lastIndexOf(m[3]);
            const o = open.splice(k, 1)[0];
            const type = o ? GUM_MAPPING[o.type] : undefined;
            if (!o || !type) continue;
            // The proper-noun part: from the first NNP(S) to the mention's end, connectors allowed inside.
            let s = o.start;
            while (s < i && !NAME_TAGS.has(rows[s]?.[4] ?? '')) s++;
            const inside = rows.slice(s, i + 1);
            const named = inside.every(
              (t) => NAME_TAGS.has(t[4] ?? '') || CONNECTORS.has((t[1] ?? '').toLowerCase()),
            );
            if (named && NAME_TAGS.has(rows[s]?.[4] ?? '') && NAME_TAGS.has(r[4] ?? '')) {
              spans.push({ start: s, end: i + 1, type });
            }
          }
        });
        out.push({ words: rows.map((r) => r[1] as string), tags: toTags(rows.length, spans), doc });
      }
    });
  return out;
};
