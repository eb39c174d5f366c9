/**
 * Reader of CAT XML (ECB+ and MEANTIME): tokens, markables and coreference chains. Text is rebuilt from the
 * tokens (space-joined, one line per sentence) so every mention has an exact [start, end) in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CatMention {
  readonly id: string;
  readonly type: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** The mention's own words, as annotated. */
  readonly text: string;
  /** The chain (instance) it belongs to, or null for a singleton. */
  readonly chain: string | null;
}

export interface CatDoc {
  readonly name: string;
  readonly text: string;
  readonly sentences: readonly { readonly n: number; readonly start: number; readonly end: number }[];
  readonly mentions: readonly CatMention[];
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | null =>
  tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? null;

/** Parses one CAT XML file. `chainNote`: relation note ids (ECB+) or target instance ids (MEANTIME). */
export const readCatDoc = (path: string, name: string): CatDoc => {
  const xml = readFileSync(path, 'utf8');
  const tokens = [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => ({
    id: attr(m[1]!, 't_id')!,
    sentence: Number(attr(m[1]!, 'sentence')),
    word: unescapeXml(m[2]!).trim() || '_',
  }));
  let text = '';
  const at = new Map<string, { start: number; end: number; sentence: number }>();
  const sentences: { n: number; start: number; end: number }[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && prev.sentence !== t.sentence) {
      sentences.at(-1)!.end = text.length;
      text += '\n';
    } else if (prev) text += ' ';
    if (!prev || prev.sentence !== t.sentence) sentences.push({ n: t.sentence, start: text.length, end: 0 });
    at.set(t.id, { start: text.length, end: text.length + t.word.length, sentence: t.sentence });
    text += t.word;
  });
  if (sentences.length > 0) sentences.at(-1)!.end = text.length;
  const markables = xml.match(/<Markables>([\s\S]*?)<\/Markables>/)?.[1] ?? '';
  const relations = xml.match(/<Relations>([\s\S]*?)<\/Relations>/)?.[1] ?? '';
  const chainOf = new Map<string, string>();
  for (const r of relations.matchAll(
    /<(CROSS_DOC_COREF|INTRA_DOC_COREF|REFERS_TO)\b([^>]*)>([\s\S]*?)<\/\1>/g,
  )) {
    const target = r[3]!.match(/<target m_id="([^"]+)"/)?.[1] ?? null;
    const note = attr(r[2]!, 'note') ?? `${name}#${target}`;
    for (const s of r[3]!.matchAll(/<source m_id="([^"]+)"/g)) chainOf.set(s[1]!, note);
  }
  // MEANTIME: the REFERS_TO target is an instance markable with an `instance_id`; ECB+ carries it in `note`.
  const instanceOf = new Map<string, string>();
  for (const m of markables.matchAll(/<([A-Z_]+)\b([^>]*?)\/?>/g)) {
    const id = attr(m[2]!, 'm_id');
    const inst = attr(m[2]!, 'instance_id');
    if (id && inst) instanceOf.set(id, inst);
  }
  const mentions: CatMention[] = [];
  for (const m of markables.matchAll(/<([A-Z_]+)\b([^>]*?)(?<!\/)>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...m[3]!.matchAll(/t_id="([^"]+)"/g)]
      .map((a) => at.get(a[1]!))
      .filter((a) => a !== undefined);
    if (anchors.length === 0) continue;
    const id = attr(m[2]!, 'm_id')!;
    const start = Math.min(...anchors.map((a) => a.start));
    const end = Math.max(...anchors.map((a) => a.end));
    const note = chainOf.get(id) ?? null;
    const chain = note === null ? null : (instanceOf.get(note.split('#')[1] ?? '') ?? note);
    mentions.push({
      id,
      type: m[1]!,
      sentence: anchors[0]!.sentence,
      start,
      end,
      text: text.slice(start, end),
      chain,
    });
  }
  return { name, text, sentences, mentions };
};

/** The CAT documents under a folder (recursively one level: topic folders), sorted by name. */
export const readCatFolder = (dir: string): CatDoc[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? readdirSync(join(dir, e.name))
            .filter((f) => f.endsWith('.xml'))
            .map((f) => join(dir, e.name, f))
        : e.name.endsWith('.xml')
          ? [join(dir, e.name)]
          : [],
    )
    .sort()
    .map((p) =>
      readCatDoc(
        p,
        p
          .split('/')
          .at(-1)!
          .replace(/\.xml$/, ''),
      ),
    );

/** ECB+ topic and sub-topic of a document name ("36_1ecb" → topic 36, sub-topic 36ecb). */
export const ecbTopic = (name: string): { topic: string; subtopic: string } => {
  const m = name.match(/^(\d+)_\d+(ecbplus|ecb)$/);
  if (!m) throw new Error(`not an ECB+ document name: ${name}`);
  return { topic: m[1]!, subtopic: `${m[1]}${m[2]}` };
};

/** The (topic, file, sentence) triples whose event annotation ECB+ declares complete. */
export const ecbCompleteSentences = (csvPath: string): Set<string> =>
  new Set(
    readFileSync(csvPath, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const [topic, file, sentence] = l.split(',');
        return `${topic}_${file}#${Number(sentence)}`;
      }),
  );
