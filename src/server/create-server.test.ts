import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Picture } from '../model/picture.js';
import { validatePicture } from '../out/validate-picture.js';
import type { Store } from '../store/store.js';
import { AUTH, exampleServer } from './test-server.js';

let app: FastifyInstance;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await exampleServer({ bodyLimit: 64 * 1024 }));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const HOMS =
  'Title: Shelling in Homs\nPublished: 2016-12-04\n\nGovernment forces shelled Homs on Sunday, killing at least 12 civilians, the Syrian Observatory for Human Rights said.\n';

describe('GET', () => {
  it('lists the stories with their counts', async () => {
    const res = await app.inject('/api/stories');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      {
        id: 's1',
        title: 'Syrian government forces take control of nearly half of rebel-held east Aleppo',
        reports: 2,
        sources: 2,
        events: expect.any(Number),
        figures: expect.any(Number),
        conflicts: expect.any(Number),
        lastUpdate: '2016-12-03',
      },
    ]);
  });

  it("returns a story's picture in the foundation's shape", async () => {
    const res = await app.inject('/api/stories/s1');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const picture = res.json<Picture>();
    expect(validatePicture(picture)).toEqual({ valid: true });
    expect(picture.stories.map((s) => s.id)).toEqual(['s1']);
    expect(picture.documents.map((d) => d.id)).toEqual(picture.stories[0]!.documentIds);
  });

  it.each([
    ['.geojson', 'application/geo+json; charset=utf-8', '{\n  "type": "FeatureCollection"'],
    [
      '.csv',
      'text/csv; charset=utf-8; header=present',
      'event_date,event_type,sub_event_type,actor1,actor2,',
    ],
    ['.md', 'text/markdown; charset=utf-8', '# '],
    ['.html', 'text/html; charset=utf-8', '<!doctype html>'],
  ])('renders the story as %s', async (suffix, type, start) => {
    const res = await app.inject(`/api/stories/s1${suffix}`);
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, type]);
    expect(res.body.startsWith(start)).toBe(true);
  });

  it('gives the rendered HTML story a policy without any script', async () => {
    const res = await app.inject('/api/stories/s1.html');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none';/);
    expect(res.headers['content-security-policy']).not.toContain('script-src');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.inject('/api/stories/s1');
    const again = await app.inject({
      url: '/api/stories/s1',
      headers: { 'if-none-match': first.headers.etag },
    });
    expect([again.statusCode, again.body]).toEqual([304, '']);
  });

  it.each([
    ['/api/stories/s99', 404, 'SITREP_NOT_FOUND', 'story s99 not found'],
    ['/api/stories/s99.csv', 404, 'SITREP_NOT_FOUND', 'story s99 not found'],
    ['/api/reports/d000000000000', 404, 'SITREP_NOT_FOUND', 'report d000000000000 not found'],
    ['/api/nothing', 404, 'SITREP_NOT_FOUND', 'route GET /api/nothing not found'],
  ])('%s → %i %s', async (url, status, code, message) => {
    const res = await app.inject(url);
    expect([res.statusCode, res.json()]).toEqual([status, { code, message }]);
  });

  it('returns a report with its stored annotations', async () => {
    const { documentIds } = (await app.inject('/api/stories/s1')).json<Picture>().stories[0]!;
    const res = await app.inject(`/api/reports/${documentIds[0]}`);
    const { report, analysis } = res.json();
    expect(report.id).toBe(documentIds[0]);
    expect(report.raw).toBeUndefined();
    const entity = analysis.entities[0];
    expect(report.text.slice(entity.span.start, entity.span.end)).toBe(entity.name);
  });
});

describe('POST /api/reports', () => {
  const post = (body: string, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/reports', payload: body, headers });

  it.each([
    ['no token', {}, 'text/plain', 'x', 401, 'SITREP_UNAUTHORIZED'],
    ['a wrong token', { authorization: 'Bearer wrong' }, 'text/plain', 'x', 401, 'SITREP_UNAUTHORIZED'],
    ['an image', AUTH, 'image/png', 'x', 415, 'SITREP_MEDIA_TYPE'],
    ['blank text', AUTH, 'text/plain', ' \n ', 400, 'SITREP_INPUT_EMPTY'],
    ['65 KiB over a 64 KiB limit', AUTH, 'text/plain', 'x'.repeat(65 * 1024), 413, 'SITREP_INPUT_TOO_LARGE'],
    ['broken JSON lines', AUTH, 'application/x-ndjson', '{"text": "a"}\n{broken', 400, 'SITREP_INPUT_JSON'],
    ['JSON without text', AUTH, 'application/json', '{"title": "no text"}', 400, 'SITREP_INPUT_JSONL_FIELD'],
  ])('refuses %s', async (_label, auth, type, body, status, code) => {
    const res = await post(body, { ...auth, 'content-type': type });
    expect([res.statusCode, res.json().code]).toEqual([status, code]);
  });

  it('adds a report (201), announces nothing new for the same text (200)', async () => {
    const before = (await app.inject('/api/stories')).json();
    const res = await post(HOMS, { ...AUTH, 'content-type': 'text/plain; charset=utf-8' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.reports).toEqual([
      {
        id: expect.stringMatching(/^d[0-9a-f]{12}$/),
        path: expect.stringMatching(/^api\/.*\.txt$/),
        status: 'added',
        duplicateOf: null,
      },
    ]);
    expect(body.stories.length).toBe(1);
    const after = (await app.inject('/api/stories')).json();
    expect(after.reduce((n: number, s: { reports: number }) => n + s.reports, 0)).toBe(
      before.reduce((n: number, s: { reports: number }) => n + s.reports, 0) + 1,
    );
    const again = await post(HOMS, { ...AUTH, 'content-type': 'text/plain' });
    expect([again.statusCode, again.json().reports[0].status]).toEqual([200, 'exists']);
  });

  it('adds many reports from JSON lines', async () => {
    const lines = ['Rebels shelled Idlib on Monday.', 'Aid convoys reached Hama on Tuesday.']
      .map((text, i) => JSON.stringify({ text, title: `Brief ${i}`, published: '2016-12-05' }))
      .join('\n');
    const res = await post(lines, { ...AUTH, 'content-type': 'application/x-ndjson' });
    expect([res.statusCode, res.json().reports.map((r: { status: string }) => r.status)]).toEqual([
      201,
      ['added', 'added'],
    ]);
  });
});

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document describing every API route', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const result = await new Validator().validate(doc);
    expect(result).toEqual({ valid: true });
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/events',
      '/api/reports',
      '/api/reports/{id}',
      '/api/stories',
      '/api/stories/{id}',
      '/api/stories/{id}.csv',
      '/api/stories/{id}.geojson',
      '/api/stories/{id}.html',
      '/api/stories/{id}.md',
    ]);
  });
});
