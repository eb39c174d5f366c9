/** Tuning aid: the errors of the time stage on a TUNING set (tbaq | meantime). Never run on the test set. */
import { join } from 'node:path';
import { corporaDir } from '../scripts/ner-paths.js';
import { readMeantimeDir, readTmlDir } from './lib/timeml-read.js';
import { runTimeStage } from './lib/timeml-run.js';
import { emptyScores, scoreDocument } from './lib/timeml-score.js';

const corpora = corporaDir();
const which = process.argv[2] ?? 'tbaq';
const te3 = join(corpora, 'tempeval3', 'Training', 'TBAQ-cleaned');
const docs =
  which === 'meantime'
    ? readMeantimeDir(join(corpora, 'meantime-en', 'intra-doc_annotation'))
    : [...readTmlDir(join(te3, 'TimeBank')), ...readTmlDir(join(te3, 'AQUAINT'))];
const s = emptyScores();
for (const d of docs) {
  for (const e of scoreDocument(s, d.timexes, runTimeStage(d))) {
    const show = (t: typeof e.gold) =>
      t ? `"${d.text.slice(t.start, t.end).replace(/\s+/g, ' ')}" ${t.type} ${t.value}` : '-';
    const ctx = e.gold ?? e.system;
    const around = ctx ? d.text.slice(Math.max(0, ctx.start - 40), ctx.end + 20).replace(/\s+/g, ' ') : '';
    console.log(`${e.kind}\tdct=${d.dct}\tgold=${show(e.gold)}\tsys=${show(e.system)}\t…${around}…`);
  }
}
