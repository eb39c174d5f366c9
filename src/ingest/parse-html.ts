import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { sitrepError } from '../errors/sitrep-error.js';
import { articleText } from './article-text.js';
import { cleanText } from './clean-text.js';
import { htmlMetadata } from './html-metadata.js';
import type { HeaderFields } from './read-header.js';

/** Fewer words than this is a navigation shell or an error page, not a report. */
export const MIN_ARTICLE_WORDS = 12;

export interface HtmlArticle {
  readonly text: string;
  readonly fields: HeaderFields;
}

const words = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Readability demotes the headline into the body; drop it there, the title holds it. */
const withoutHeadline = (text: string, title: string | undefined): string => {
  const [first, ...rest] = text.split('\n\n');
  return title && first?.trim().toLowerCase() === title.trim().toLowerCase() ? rest.join('\n\n') : text;
};

/**
 * The article of an HTML page: main text by @mozilla/readability over linkedom's DOM (paragraphs as blank
 * lines, boilerplate lines dropped) and metadata from JSON-LD, Open Graph, <meta> and <title>.
 */
export const parseHtml = (name: string, html: string): HtmlArticle => {
  const { document } = parseHTML(html);
  const fields = htmlMetadata(document);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  const body = withoutHeadline(articleText(article?.content ?? ''), fields.title);
  const { text } = cleanText(body);
  if (words(text) < MIN_ARTICLE_WORDS) throw sitrepError('SITREP_INPUT_HTML', name);
  return { text, fields };
};
