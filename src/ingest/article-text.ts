import { parseHTML } from 'linkedom';

/** Elements that start a new paragraph in the text. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'DL',
  'DT',
  'DD',
  'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/**
 * The text of an article's HTML (Readability's `content`): one paragraph per block element, separated by
 * a blank line; inline whitespace collapsed; <br> kept as a line break.
 */
export const articleText = (html: string): string => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .filter((l) => l.length > 0)
      .join('\n');
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) current += (node.textContent ?? '').replace(/\s+/g, ' ');
    if (node.nodeType !== ELEMENT_NODE || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') current += '\n';
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body as unknown as DomNode);
  flush();
  return paragraphs.join('\n\n');
};
