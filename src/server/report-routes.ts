import type { FastifyInstance } from 'fastify';
import { ingestReports } from '../app/ingest-reports.js';
import { sitrepError } from '../errors/sitrep-error.js';
import { parseInput } from '../ingest/parse-input.js';
import { documentId } from '../model/ids.js';
import type { StoreItem } from '../store/store.js';
import { REPORT_MEDIA_TYPES, ROUTE_SCHEMAS } from './api-schemas.js';
import { requireToken } from './require-token.js';
import type { ServerContext } from './server-context.js';

/** The extension parseInput reads the format from, by media type. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/html': '.html',
  'application/x-ndjson': '.jsonl',
  'application/jsonl': '.jsonl',
  'application/json': '.jsonl',
};

const mediaType = (header: string | undefined): string => (header ?? '').split(';')[0]!.trim().toLowerCase();

export const reportRoutes = async (app: FastifyInstance, ctx: ServerContext): Promise<void> => {
  const { store, state, queue, hub, bodyLimit, persist } = ctx;
  let received = 0;

  // Bodies stay bytes: ingest checks the encoding and reads the format, as it does for files.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...REPORT_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit }, (_req, body, done) =>
    done(null, body),
  );

  app.post<{ Body: Buffer }>(
    '/api/reports',
    { schema: ROUTE_SCHEMAS.postReports, onRequest: requireToken(ctx.token), bodyLimit },
    async (request, reply) => {
      const type = mediaType(request.headers['content-type']);
      const extension = EXTENSIONS[type];
      if (extension === undefined)
        throw sitrepError('SITREP_MEDIA_TYPE', type, REPORT_MEDIA_TYPES.join(', '));
      received++;
      // The name is what the reports' `path` records: when and in which request they came.
      const name = `api/${new Date().toISOString()}-${received}${extension}`;
      const incoming = parseInput(name, request.body, { maxBytes: bodyLimit });
      // The reports join the live picture inside the write: only the stories they join are updated.
      const joinPicture = (items: readonly StoreItem[]): void => {
        state.add(items);
        persist.schedule();
      };
      const outcome = await queue.run(() => ingestReports(store, incoming, undefined, joinPicture));
      const stories = state.storiesOf(outcome.reports.map((r) => r.id));
      const added = outcome.reports.filter((r) => r.status === 'added').map((r) => r.id as string);
      if (added.length > 0) hub.publish({ version: state.version, stories, reports: added });
      reply.code(added.length > 0 ? 201 : 200);
      return { version: state.version, reports: outcome.reports, stories };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/reports/:id',
    { schema: ROUTE_SCHEMAS.getReport },
    async (request) => {
      const id = documentId(request.params.id);
      const [report, analysis] = await Promise.all([store.getReport(id), store.getAnalysis(id)]);
      if (report === null || analysis === null) throw sitrepError('SITREP_NOT_FOUND', 'report', id);
      const { raw: _raw, offsetMap: _map, signature: _sig, ...rest } = report;
      return { report: rest, analysis };
    },
  );

  app.get('/api/events', { schema: ROUTE_SCHEMAS.events }, (request, reply) => {
    reply.hijack();
    hub.attach(reply.raw, state.version);
    request.raw.on('close', () => reply.raw.end());
  });
};
