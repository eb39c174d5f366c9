/** Readers for the geoparsing gold (Gritta et al.): TR-News, LGL (GeoNames-tagged XML) and GeoWebNews (GWN.xml). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from './corpora-dir.js';

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  /** Null when the gold gives no coordinates (then it counts for recognition only). */
  readonly lat: number | null;
  readonly lon: number | null;
  /** GeoWebNews fine-grained type (Literal, Metonymic, …), else null. */
  readonly type: string | null;
  /** The gold GeoNames feature code (PPL, ADM1, PCLI, …) where the corpus gives one (LGL, TR-News), else null. */
  readonly featureCode: string | null;
}
export interface GeoDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

/** The corpus directory, resolved from the repo root so a clean clone with ../shared beside it finds it. */
export const gritta = (): string => corpusPath('geoparsing-gritta', 'data');

/** The text of the first `<name>` element (attributes allowed), or null. */
export const tag = (xml: string, name: string): string | null => {
  const m = new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1]! : null;
};
/** XML's five entities decoded. */
export const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** A few gold offsets fall outside their text (negative starts in LGL): those toponyms are skipped. */
const valid = (t: GoldToponym, text: string): boolean =>
  t.start >= 0 && t.start < t.end && t.end <= text.length;
const num = (s: string | null): number | null => (s === null || s.trim() === '' ? null : Number(s));

/**
 * A toponym whose offsets do not hold its `<phrase>` (117 of TR-News's 1,319: offsets drift by a few characters
 * in some articles) is moved to the nearest occurrence of the phrase within 200 characters; otherwise its
 * offsets are kept as given.
 */
const realign = (text: string, start: number, end: number, phrase: string | null): [number, number] => {
  if (phrase === null || phrase === '' || text.slice(start, end) === phrase) return [start, end];
  let best: number | null = null;
  for (let i = text.indexOf(phrase, Math.max(0, start - 200)); i >= 0 && i <= start + 200; ) {
    if (best === null || Math.abs(i - start) < Math.abs(best - start)) best = i;
    i = text.indexOf(phrase, i + 1);
  }
  return best === null ? [start, end] : [best, best + phrase.length];
};

/** TR-News or LGL: `<article docid>` with CDATA text and `<toponym>` start/end + gaztag lat/lon. */
export const readGazTagged = (file: 'TR-News.xml' | 'lgl.xml'): GeoDoc[] => {
  const xml = readFileSync(join(gritta(), 'Corpora', file), 'utf8');
  return [...xml.matchAll(/<article docid="([^"]+)">([\s\S]*?)<\/article>/g)].map(([, id, body]) => {
    const raw = tag(body!, 'text') ?? '';
    const text = raw.startsWith('<![CDATA[') ? raw.slice(9, raw.lastIndexOf(']]>')) : decode(raw);
    const toponyms = [...body!.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].map(([, t]) => {
      const phrase = tag(t!, 'phrase');
      const [start, end] = realign(
        text,
        Number(tag(t!, 'start')),
        Number(tag(t!, 'end')),
        phrase && decode(phrase),
      );
      return {
        start,
        end,
        lat: num(tag(t!, 'lat')),
        lon: num(tag(t!, 'lon')),
        type: null,
        featureCode: tag(t!, 'fcode'),
      };
    });
    return { id: id!, text, toponyms: toponyms.filter((t) => valid(t, text)) };
  });
};

/** GeoWebNews: `<article file>` with escaped text and typed `<toponym>`s (coordinates on about 40 %). */
export const readGeoWebNews = (): GeoDoc[] => {
  const xml = readFileSync(join(gritta(), 'GWN.xml'), 'utf8');
  return [...xml.matchAll(/<article file="([^"]+)">([\s\S]*?)<\/article>/g)].map(([, id, body]) => {
    const text = decode(tag(body!, 'text') ?? '');
    const toponyms = [...body!.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].map(([, t]) => ({
      start: Number(tag(t!, 'start')),
      end: Number(tag(t!, 'end')),
      lat: num(tag(t!, 'latitude')),
      lon: num(tag(t!, 'longitude')),
      type: tag(t!, 'type'),
      featureCode: null,
    }));
    return { id: id!, text, toponyms: toponyms.filter((t) => valid(t, text)) };
  });
};

/**
 * The fixed dev/test split: articles in file order, even positions dev (tuning), odd positions test (reported).
 */
export const splitHalves = <T>(docs: readonly T[]): { dev: T[]; test: T[] } => ({
  dev: docs.filter((_, i) => i % 2 === 0),
  test: docs.filter((_, i) => i % 2 === 1),
});

export { haversineKm } from '../../src/geo/haversine-km.js';
