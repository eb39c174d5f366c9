/** Readers for TimeML (.tml, TempEval-3) and MEANTIME CAT XML: plain text, DCT and gold TIMEX3 spans. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimexDoc {
  readonly name: string;
  readonly text: string;
  readonly dct: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
const attr = (tag: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** One .tml file: the TEXT element with its tags stripped, TIMEX3s as offsets into that text. */
export const readTml = (path: string, name: string): TimexDoc => {
  const xml = readFileSync(path, 'utf8');
  const dct = attr(/<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '', 'value').slice(0, 10);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  let last = 0;
  for (const m of body.matchAll(/<[^>]+>/g)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = m[0];
    if (tag.startsWith('<TIMEX3'))
      open.push({ start: text.length, type: attr(tag, 'type'), value: attr(tag, 'value') });
    else if (tag === '</TIMEX3>') {
      const o = open.pop();
      if (o) timexes.push({ ...o, end: text.length });
    }
  }
  text += decode(body.slice(last));
  return { name, text, dct, timexes };
};

export const readTmlDir = (dir: string): TimexDoc[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => readTml(join(dir, f), f));

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/**
 * One MEANTIME document: tokens detokenised into text (one line per sentence), the DCT from the
 * CREATION_TIME timex, which is left out of the gold set; the dateline sentence it sits in is dropped.
 */
export const readMeantime = (path: string, name: string): TimexDoc => {
  const xml = readFileSync(path, 'utf8');
  const offsets = new Map<string, [number, number]>();
  const markables = /<Markables>([\s\S]*)<\/Markables>/.exec(xml)?.[1] ?? '';
  const dctTag = [...markables.matchAll(/<TIMEX3\b[^>]*>/g)].find((m) => m[0].includes('CREATION_TIME'));
  const dctValue = dctTag ? attr(dctTag[0], 'value') : '';
  const dctBlock = dctTag ? (markables.slice(dctTag.index).split('</TIMEX3>')[0] ?? '') : '';
  const dctTokens = new Set([...dctBlock.matchAll(/t_id="(\d+)"/g)].map((m) => m[1]));
  const dctSentence = new Set<string>();
  const tokens = [...xml.matchAll(/<token\b[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)].map((m) => ({
    id: m[1] ?? '',
    sentence: attr(m[0], 'sentence'),
    word: decode(m[2] ?? ''),
  }));
  for (const t of tokens) if (dctTokens.has(t.id)) dctSentence.add(t.sentence);
  const dateline = tokens
    .filter((t) => dctSentence.has(t.sentence))
    .map((t) => t.word)
    .join(' ');
  const dct = isoDct(dctValue, dateline);
  // Only the first sentences of each article are annotated: keep those up to the last one with a markable.
  const marked = new Set([...markables.matchAll(/t_id="(\d+)"/g)].map((m) => m[1]));
  const lastAnnotated = Math.max(...tokens.filter((t) => marked.has(t.id)).map((t) => Number(t.sentence)));
  let text = '';
  let prevSentence = '';
  let prevWord = '';
  for (const t of tokens) {
    if (dctSentence.has(t.sentence) || Number(t.sentence) > lastAnnotated) continue;
    if (text !== '') {
      if (t.sentence !== prevSentence) text += '\n\n';
      else if (!NO_SPACE_BEFORE.test(t.word) && !NO_SPACE_AFTER.test(prevWord)) text += ' ';
    }
    offsets.set(t.id, [text.length, text.length + t.word.length]);
    text += t.word;
    prevSentence = t.sentence;
    prevWord = t.word;
  }
  const timexes: GoldTimex[] = [];
  for (const m of markables.matchAll(/<TIMEX3\b([^>]*?)(\/?)>/g)) {
    if (m[2] === '/' || m[0].includes('CREATION_TIME')) continue;
    const block = markables.slice(m.index).split('</TIMEX3>')[0] ?? '';
    const spans = [...block.matchAll(/t_id="(\d+)"/g)]
      .map((t) => offsets.get(t[1] ?? ''))
      .filter((s) => s !== undefined);
    if (spans.length === 0) continue;
    timexes.push({
      start: Math.min(...spans.map((s) => s[0])),
      end: Math.max(...spans.map((s) => s[1])),
      type: attr(m[0], 'type'),
      value: attr(m[0], 'value'),
    });
  }
  return { name, text, dct, timexes: timexes.sort((a, b) => a.start - b.start) };
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number | string): string => String(n).padStart(2, '0');

/** A few MEANTIME DCTs are `DD-MM-YYYY` or empty: then the dateline ("September 1, 2007") gives the date. */
const isoDct = (value: string, dateline: string): string => {
  if (/^\d{4}-\d\d-\d\d/.test(value)) return value.slice(0, 10);
  const dmy = /^(\d\d)-(\d\d)-(\d{4})$/.exec(value);
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  const m = /([A-Z][a-z]+)\s+(\d{1,2}),?\s+(\d{4})/.exec(dateline);
  const month = m ? MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${pad(month)}-${pad(m[2] ?? '')}` : '';
};

export const readMeantimeDir = (dir: string): TimexDoc[] =>
  readdirSync(dir)
    .sort()
    .flatMap((corpus) =>
      readdirSync(join(dir, corpus))
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((f) => readMeantime(join(dir, corpus, f), `${corpus}/${f}`)),
    );
