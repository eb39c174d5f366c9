import { ERROR_CODES } from '../errors/error-codes.js';
import { PICTURE_SCHEMA } from '../out/validate-picture.js';

/** Shared schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses): `$ref: '<$id>#'` from route schemas. */
const { $schema: _, $id: __, ...pictureBody } = PICTURE_SCHEMA;

export const PICTURE_REF = { $ref: 'Picture#' } as const;

const nullable = (type: string) => ({ type: [type, 'null'] });

export const SHARED_SCHEMAS: readonly Record<string, unknown>[] = [
  { $id: 'Picture', ...pictureBody },
  {
    $id: 'Error',
    type: 'object',
    description: 'Every failure: one of the coded errors of src/errors/error-codes.ts, with its HTTP status.',
    required: ['code', 'message'],
    additionalProperties: false,
    properties: {
      code: { type: 'string', enum: Object.keys(ERROR_CODES) },
      message: { type: 'string' },
    },
  },
  {
    $id: 'StorySummary',
    type: 'object',
    required: ['id', 'title', 'reports', 'sources', 'events', 'figures', 'conflicts', 'lastUpdate'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      reports: { type: 'integer', minimum: 0 },
      sources: { type: 'integer', minimum: 0, description: 'independent sources: outlets, wire copies once' },
      events: { type: 'integer', minimum: 0 },
      figures: { type: 'integer', minimum: 0 },
      conflicts: { type: 'integer', minimum: 0 },
      lastUpdate: { ...nullable('string'), format: 'date' },
    },
  },
  {
    $id: 'IngestResult',
    type: 'object',
    required: ['version', 'reports', 'stories'],
    additionalProperties: false,
    properties: {
      version: { type: 'integer', description: 'picture version after the write' },
      reports: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'path', 'status', 'duplicateOf'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            path: { type: 'string' },
            status: { enum: ['added', 'exists'] },
            duplicateOf: nullable('string'),
          },
        },
      },
      stories: { type: 'array', items: { type: 'string' }, description: 'stories holding these reports' },
    },
  },
  {
    $id: 'ReportWithAnalysis',
    type: 'object',
    required: ['report', 'analysis'],
    additionalProperties: false,
    properties: {
      report: {
        type: 'object',
        required: ['id', 'path', 'format', 'title', 'outlet', 'url', 'published', 'duplicateOf', 'text'],
        properties: {
          id: { type: 'string' },
          path: { type: 'string' },
          format: { enum: ['text', 'html', 'jsonl', 'cluster'] },
          title: nullable('string'),
          outlet: nullable('string'),
          url: nullable('string'),
          published: nullable('string'),
          publishedInferred: { type: 'boolean' },
          duplicateOf: nullable('string'),
          contentHash: { type: 'string' },
          text: { type: 'string', description: 'every span of the analysis indexes into this text' },
        },
      },
      analysis: {
        type: 'object',
        description: 'The stored Analysis (src/model/layers.ts): every layer, spans as [start, end) offsets.',
        required: [
          'documentId',
          'producers',
          'sentences',
          'entities',
          'places',
          'times',
          'figures',
          'events',
        ],
        properties: {
          documentId: { type: 'string' },
          producers: { type: 'array', items: { type: 'string' } },
          ...Object.fromEntries(
            ['sentences', 'tokens', 'entities', 'places', 'times', 'figures', 'attributions', 'events'].map(
              (layer) => [layer, { type: 'array', items: { type: 'object' } }],
            ),
          ),
        },
      },
    },
  },
];

const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: 'coded error', $ref: 'Error#' }]));

const storyParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

const text = (mediaType: string, description: string) => ({
  200: { description, content: { [mediaType]: { schema: { type: 'string' } } } },
  ...errorResponses(404),
});

export const REPORT_MEDIA_TYPES = [
  'text/plain',
  'text/html',
  'application/x-ndjson',
  'application/jsonl',
  'application/json',
] as const;

/** Route schemas: the OpenAPI document is generated from these, and requests and responses are checked. */
export const ROUTE_SCHEMAS = {
  listStories: {
    summary: 'The stories of the picture, with their counts',
    tags: ['stories'],
    response: { 200: { type: 'array', items: { $ref: 'StorySummary#' } } },
  },
  storyJson: {
    summary: "A story's picture: that story and its documents",
    tags: ['stories'],
    params: storyParams,
    response: { 200: PICTURE_REF, ...errorResponses(404) },
  },
  storyGeoJson: {
    summary: 'Places and events of a story as GeoJSON (RFC 7946)',
    tags: ['stories'],
    params: storyParams,
    response: text('application/geo+json', 'a FeatureCollection'),
  },
  storyCsv: {
    summary: 'Events of a story as CSV in ACLED-like columns',
    tags: ['stories'],
    params: storyParams,
    response: text('text/csv', 'one header line, then one row per event'),
  },
  storyMarkdown: {
    summary: 'A story as the Markdown briefing',
    tags: ['stories'],
    params: storyParams,
    response: text('text/markdown', 'the Markdown picture'),
  },
  storyHtml: {
    summary: 'A story as a standalone HTML page (no script)',
    tags: ['stories'],
    params: storyParams,
    response: text('text/html', 'the HTML picture'),
  },
  getReport: {
    summary: 'A stored report with its annotations',
    tags: ['reports'],
    params: storyParams,
    response: { 200: { $ref: 'ReportWithAnalysis#' }, ...errorResponses(404) },
  },
  postReports: {
    summary: 'Add reports (text, HTML, or JSON lines with one report per line); they are analysed and merged',
    tags: ['reports'],
    security: [{ bearer: [] }],
    body: {
      content: Object.fromEntries(REPORT_MEDIA_TYPES.map((t) => [t, { schema: { type: 'string' } }])),
    },
    response: {
      200: { description: 'nothing new: every report was already stored', $ref: 'IngestResult#' },
      201: { description: 'reports added', $ref: 'IngestResult#' },
      ...errorResponses(400, 401, 413, 415, 503),
    },
  },
  events: {
    summary: 'Server-sent events: `stories` announces every picture update',
    tags: ['stories'],
    response: {
      200: {
        description: 'an event stream',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      },
    },
  },
} as const;
