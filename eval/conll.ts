/** Readers for the token-per-line NER corpora. */
import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
  /** Index of the document the sentence belongs to (CoNLL -DOCSTART- blocks; 0 elsewhere). */
  readonly doc: number;
}

/** 'conll': "token POS chunk TAG"; 'wikiann': "en:token\tTAG"; 'wikineural': "i\ttoken\tTAG". */
export type TaggedFormat = 'conll' | 'wikiann' | 'wikineural';

export const readTagged = (path: string, format: TaggedFormat): TaggedSentence[] => {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = (): void => {
    if (words.length > 0) out.push({ words, tags, doc });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '') {
      flush();
      continue;
    }
    const cols = format === 'conll' ? t.split(' ') : t.split('\t');
    const word =
      format === 'wikineural' ? cols[1] : format === 'wikiann' ? cols[0]?.replace(/^en:/, '') : cols[0];
    const tag = cols[cols.length - 1];
    if (word === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    if (word === undefined || tag === undefined) continue;
    words.push(word);
    tags.push(tag);
  }
  flush();
  return out;
};

/** Sentences grouped by document (CoNLL -DOCSTART- blocks), in corpus order. */
export const byDocument = (sentences: readonly TaggedSentence[]): TaggedSentence[][] => {
  const docs = new Map<number, TaggedSentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  return [...docs.values()];
};
