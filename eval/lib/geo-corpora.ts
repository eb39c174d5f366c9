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
}
export interface GeoDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

/** The corpus directory, resolved from the repo root so a clean clone with ../shared beside it finds it. */
export const gritta = (): string => corpusPath('geoparsing-gritta', 'data');

const tag = (xml: string, name: string): string | null => {
  const m = new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1]! : null;
};
const decode = (s: string): string =>
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

/** TR-News or LGL: `<article docid>` with CDATA text and `<toponym>` start/end + gaztag lat/lon. */
export const readGazTagged = (file: 'TR-News.xml' | 'lgl.xml'): GeoDoc[] => {
  const xml = readFileSync(join(gritta(), 'Corpora', file), 'utf8');
  return [...xml.matchAll(/<article docid="([^"]+)">([\s\S]*?)<\/article>/g)].map(([, id, body]) => {
    const raw = tag(body!, 'text') ?? '';
    const text = raw.startsWith('<![CDATA[') ? raw.slice(9, raw.lastIndexOf(']]>')) : decode(raw);
    const toponyms = [...body!.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)].map(([, t]) => ({
      start: Number(tag(t!, 'start')),
      end: Number(tag(t!, 'end')),
      lat: num(tag(t!, 'lat')),
      lon: num(tag(t!, 'lon')),
      type: null,
    }));
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

/** Great-circle distance in km. */
export const haversineKm = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
};
