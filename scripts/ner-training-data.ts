/** Reads the corpora the tagger learns from: labelled sentences and unlabelled token sequences. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTagged, type TaggedSentence } from '../eval/conll.js';

const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;

export const conllSplit = (corpora: string, file: string): TaggedSentence[] =>
  readTagged(join(corpora, 'conll2003-en', file), 'conll');

/** Wikipedia-derived silver data (never evaluated on): WikiNEuRal val+test, WikiANN train/dev/test. */
export const wikiSentences = (corpora: string): { neural: TaggedSentence[]; ann: TaggedSentence[] } => ({
  neural: ['val.conllu', 'test.conllu'].flatMap((f) =>
    readTagged(join(corpora, 'wikineural-en', f), 'wikineural'),
  ),
  ann: ['train', 'dev', 'test'].flatMap((f) => readTagged(join(corpora, 'wikiann-en', f), 'wikiann')),
});

/** Unlabelled news text (Multi-News sample, RAMS, PolNeAR train) as token sequences, for word classes. */
export const newsTokens = (corpora: string): string[][] => {
  const out: string[][] = [];
  const polnear = join(corpora, 'polnear', 'data', 'train', 'text');
  for (const f of readdirSync(polnear).sort()) {
    for (const para of readFileSync(join(polnear, f), 'utf8').split('\n')) {
      const toks = para.match(TOKEN);
      if (toks) out.push(toks);
    }
  }
  for (const line of readFileSync(join(corpora, 'multinews-longbench200', 'multi_news.jsonl'), 'utf8').split(
    '\n',
  )) {
    if (line.trim() === '') continue;
    const text = String(JSON.parse(line).context ?? '').replace(/NEWLINE_CHAR/g, '\n');
    for (const para of text.split('\n')) {
      const toks = para.match(TOKEN);
      if (toks) out.push(toks);
    }
  }
  for (const f of ['dev.jsonlines', 'test.jsonlines']) {
    for (const line of readFileSync(join(corpora, 'rams', f), 'utf8').split('\n')) {
      if (line.trim() !== '') out.push(...(JSON.parse(line).sentences as string[][]));
    }
  }
  return out;
};
