import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { openStorePicture } from '../app/store-picture.js';
import { sitrepError } from '../errors/sitrep-error.js';
import type { Store } from '../store/store.js';
import { VERSION } from '../version.js';
import { SHARED_SCHEMAS } from './api-schemas.js';
import { createEventHub } from './event-hub.js';
import { errorBody, httpError } from './http-error.js';
import { createPicturePersist } from './picture-persist.js';
import { createPictureState } from './picture-state.js';
import { reportRoutes } from './report-routes.js';
import { createSchemaCompilers } from './schema-compilers.js';
import { securityHeaders } from './security-headers.js';
import type { ServerContext } from './server-context.js';
import { followStore } from './store-follower.js';
import { storyRoutes } from './story-routes.js';
import { createWriteQueue } from './write-queue.js';

export interface ServerOptions {
  readonly store: Store;
  /** The bearer token writes need. */
  readonly token: string;
  /** Largest request body, in bytes (default 10 MiB). */
  readonly bodyLimit?: number;
  /** The built web page to serve at `/`; null serves the API alone. */
  readonly webRoot?: string | null;
  readonly logger?: boolean;
  /**
   * How often (ms) to look for reports other processes stored (workers, `sitrep ingest` on the same database)
   * and join them to the live picture; null (the default) never looks.
   */
  readonly followMs?: number | null;
}

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * The HTTP API and the web page over one store. Closing the server stops new requests (503), ends the
 * event streams, waits for the writes in flight, then returns; the caller closes the store.
 */
export const createServer = async (options: ServerOptions): Promise<FastifyInstance> => {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
  });
  const schemas = createSchemaCompilers(SHARED_SCHEMAS);
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  app.setValidatorCompiler(schemas.validatorCompiler);
  app.setSerializerCompiler(schemas.serializerCompiler);

  const state = createPictureState(await openStorePicture(options.store));
  const queue = createWriteQueue();
  const ctx: ServerContext = {
    store: options.store,
    state,
    persist: createPicturePersist(options.store, state, queue, (e) => app.log.error(e)),
    queue,
    hub: createEventHub(securityHeaders(false)),
    schemas,
    token: options.token,
    bodyLimit,
  };

  const follower = followStore(ctx, options.followMs ?? null, (e) => app.log.error(e));

  let closing = false;
  app.addHook('onRequest', async () => {
    if (closing) throw sitrepError('SITREP_UNAVAILABLE');
  });
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('content-security-policy')) reply.headers(securityHeaders(false));
  });
  app.addHook('preClose', async () => {
    closing = true;
    ctx.hub.close();
  });
  app.addHook('onClose', async () => {
    await follower.close();
    await ctx.queue.idle();
    await ctx.persist.close();
  });

  app.setErrorHandler((error, request, reply) => {
    const err = httpError(error, request, bodyLimit);
    if (err.http >= 500) request.log.error(error);
    return reply
      .code(err.http)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(errorBody(err)));
  });
  app.setNotFoundHandler((request, reply) => {
    const err = sitrepError('SITREP_NOT_FOUND', 'route', `${request.method} ${request.url.split('?')[0]}`);
    return reply
      .code(err.http)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(errorBody(err)));
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'sitrep',
        version: VERSION,
        description:
          'Situation pictures built from news reports: stories, events, figures, claims, conflicts.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(async (api) => {
    await storyRoutes(api, ctx);
    await reportRoutes(api, ctx);
  });
  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger())),
  );
  if (options.webRoot)
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: 'index.html' });
  return app;
};
