import type { Picture } from '../model/picture.js';
import { documentName, type NumberedCitation, sourceLabel } from './citation-register.js';
import { escapeMarkdown as md } from './markdown-escape.js';
import { storyMarkdown } from './markdown-sections.js';
import { buildPictureView } from './picture-view.js';
import type { PictureView } from './view-types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `[^3]: S2 · *Title* (Outlet): “the exact cited words”` */
const footnote = (v: PictureView, c: NumberedCitation): string => {
  const d = c.documentIndex === null ? undefined : v.documents[c.documentIndex];
  if (c.documentIndex === null || d === undefined) return `[^${c.n}]: unknown document ${md(c.documentId)}`;
  const outlet = d.title !== null && d.outlet !== null ? ` (${md(d.outlet)})` : '';
  const quote = c.quote === null ? `span [${c.start}, ${c.end}) is not in the text` : `“${md(c.quote)}”`;
  return `[^${c.n}]: ${sourceLabel(c.documentIndex)} · _${md(documentName(d))}_${outlet}: ${quote}`;
};

/** The picture as a Markdown briefing: one part per story, footnotes quoting every cited span. */
export const renderMarkdown = (p: Picture): string => {
  const v = buildPictureView(p);
  const lines = [
    '# Situation picture',
    '',
    `sitrep ${md(v.version)} · ${plural(v.documents.length, 'document')} · ${plural(v.stories.length, 'story').replace('storys', 'stories')}`,
    '',
    ...(v.stories.length === 0 ? ['_No stories._', ''] : v.stories.flatMap(storyMarkdown)),
    ...v.citations.map((c) => footnote(v, c)),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
};
