import type { HeaderFields } from './read-header.js';

/** The slice of a DOM document that metadata extraction reads (linkedom's and the browser's both fit). */
interface MetaDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const isArticle = (node: Json): boolean => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t));
};

/** Every object in a JSON-LD value, descending into arrays and `@graph`. */
const nodes = (v: unknown): Json[] => {
  if (Array.isArray(v)) return v.flatMap(nodes);
  if (!isObject(v)) return [];
  return [v, ...nodes(v['@graph'])];
};

const parseJson = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return null; // a broken JSON-LD block is only a missing hint, not a broken input
  }
};

const jsonLd = (doc: MetaDocument): HeaderFields => {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
  const article = scripts.flatMap((s) => nodes(parseJson(s.textContent ?? ''))).find(isArticle);
  if (!article) return {};
  const publisher = article.publisher;
  return drop({
    title: str(article.headline),
    outlet: isObject(publisher) ? str(publisher.name) : str(publisher),
    url: str(article.url),
    published: str(article.datePublished),
  });
};

const meta = (doc: MetaDocument, attr: 'name' | 'property', key: string): string | undefined =>
  str(doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content'));

const drop = (f: { [K in keyof HeaderFields]: string | undefined }): HeaderFields =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));

/**
 * Title, outlet, URL and publication date of an HTML page, from JSON-LD (NewsArticle/Article) first, then
 * Open Graph, then plain <meta> tags and <title>. Values are as written (the date is parsed later).
 */
export const htmlMetadata = (doc: MetaDocument): HeaderFields => {
  const ld = jsonLd(doc);
  return drop({
    title: ld.title ?? meta(doc, 'property', 'og:title') ?? str(doc.querySelector('title')?.textContent),
    outlet: ld.outlet ?? meta(doc, 'property', 'og:site_name'),
    url:
      ld.url ??
      meta(doc, 'property', 'og:url') ??
      str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    published:
      ld.published ??
      meta(doc, 'property', 'article:published_time') ??
      meta(doc, 'name', 'date') ??
      meta(doc, 'name', 'pubdate'),
  });
};
