import { describe, expect, it } from 'vitest';
import { SitrepError } from '../errors/sitrep-error.js';
import { type OutputFormat, parseFormat, renderPicture } from './format.js';
import { renderCsv } from './render-csv.js';
import { renderGeoJson } from './render-geojson.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { TEST_PICTURE } from './test-picture.js';

describe('parseFormat', () => {
  it.each(['json', 'md', 'html', 'csv', 'geojson'] as const)('accepts %s', (f) => {
    expect(parseFormat(f)).toBe(f);
  });

  it.each([
    ['pdf', 'unknown format "pdf" (expected one of json, md, html, csv, geojson)'],
    ['JSON', 'unknown format "JSON" (expected one of json, md, html, csv, geojson)'],
    ['markdown', 'unknown format "markdown" (expected one of json, md, html, csv, geojson)'],
    ['', 'unknown format "" (expected one of json, md, html, csv, geojson)'],
  ])('rejects %j with SITREP_FORMAT', (s, message) => {
    let thrown: unknown;
    try {
      parseFormat(s);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SitrepError);
    expect(thrown).toMatchObject({ code: 'SITREP_FORMAT', message, exit: 2 });
  });
});

describe('renderPicture', () => {
  it.each<[OutputFormat, (p: typeof TEST_PICTURE) => string]>([
    ['json', renderJson],
    ['md', renderMarkdown],
    ['html', renderHtml],
    ['csv', renderCsv],
    ['geojson', renderGeoJson],
  ])('%s uses its renderer', (format, render) => {
    expect(renderPicture(TEST_PICTURE, format)).toBe(render(TEST_PICTURE));
  });
});
