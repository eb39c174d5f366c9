import { sitrepError } from '../errors/sitrep-error.js';
import type { Picture } from '../model/picture.js';
import { renderCsv } from './render-csv.js';
import { renderGeoJson } from './render-geojson.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';

/** The picture's output formats: the JSON picture (schema/picture.schema.json), Markdown, HTML, and the event exports. */
export const OUTPUT_FORMATS = ['json', 'md', 'html', 'csv', 'geojson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const RENDERERS: { readonly [F in OutputFormat]: (p: Picture) => string } = {
  json: renderJson,
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  geojson: renderGeoJson,
};

export const renderPicture = (p: Picture, format: OutputFormat): string => RENDERERS[format](p);

/** The format named by `s` (as typed on the command line or in a query); SITREP_FORMAT otherwise. */
export const parseFormat = (s: string): OutputFormat => {
  const found = OUTPUT_FORMATS.find((f) => f === s);
  if (found === undefined) throw sitrepError('SITREP_FORMAT', s, OUTPUT_FORMATS.join(', '));
  return found;
};
