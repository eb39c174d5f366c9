import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sitrepError } from '../errors/sitrep-error.js';
import type { Picture } from '../model/picture.js';
import { renderPicture } from '../out/format.js';
import { renderCsv } from '../out/render-csv.js';
import { renderGeoJson } from '../out/render-geojson.js';
import { validatePicture } from '../out/validate-picture.js';
import { PICTURE_REF, ROUTE_SCHEMAS } from './api-schemas.js';
import { securityHeaders } from './security-headers.js';
import type { ServerContext } from './server-context.js';
import { summariseStories } from './story-summary.js';

interface StoryView {
  readonly suffix: string;
  readonly schema: keyof typeof ROUTE_SCHEMAS;
  readonly type: string;
  readonly render: (p: Picture) => string;
}

const VIEWS: readonly StoryView[] = [
  {
    suffix: '.geojson',
    schema: 'storyGeoJson',
    type: 'application/geo+json; charset=utf-8',
    render: renderGeoJson,
  },
  { suffix: '.csv', schema: 'storyCsv', type: 'text/csv; charset=utf-8; header=present', render: renderCsv },
  {
    suffix: '.md',
    schema: 'storyMarkdown',
    type: 'text/markdown; charset=utf-8',
    render: (p) => renderPicture(p, 'md'),
  },
  {
    suffix: '.html',
    schema: 'storyHtml',
    type: 'text/html; charset=utf-8',
    render: (p) => renderPicture(p, 'html'),
  },
];

type Params = { Params: { id: string } };

export const storyRoutes = async (app: FastifyInstance, ctx: ServerContext): Promise<void> => {
  const { state, schemas } = ctx;

  /** The story's picture, checked once per picture version against the schema and the integrity rules. */
  const story = (id: string): Picture =>
    state.cached(`story:${id}`, () => {
      const one = state.story(id);
      if (one === null) throw sitrepError('SITREP_NOT_FOUND', 'story', id);
      const check = validatePicture(one);
      if (!check.valid)
        throw sitrepError('SITREP_INTERNAL', `story ${id}: ${check.errors.slice(0, 3).join('; ')}`);
      return one;
    });

  /** Unknown ids fail before anything is cached, so that guessing ids cannot fill the cache. */
  const known = (id: string): string => {
    if (!state.storyIds.includes(id)) throw sitrepError('SITREP_NOT_FOUND', 'story', id);
    return id;
  };

  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    tag: string,
    type: string,
    body: () => string,
  ) => {
    const etag = `"${state.version}${tag}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(type).send(body());
  };

  app.get('/api/stories', { schema: ROUTE_SCHEMAS.listStories }, async () =>
    state.cached('stories', () => summariseStories(state.overview())),
  );

  app.get<Params>('/api/stories/:id', { schema: ROUTE_SCHEMAS.storyJson }, async (request, reply) => {
    const id = known(request.params.id);
    return send(request, reply, '.json', 'application/json; charset=utf-8', () =>
      state.cached(`story:${id}.json`, () => {
        const p = story(id);
        schemas.checkResponse(PICTURE_REF, p, `story ${id}`);
        return JSON.stringify(p);
      }),
    );
  });

  for (const view of VIEWS) {
    app.get<Params>(
      `/api/stories/:id${view.suffix}`,
      { schema: ROUTE_SCHEMAS[view.schema] },
      async (request, reply) => {
        const id = known(request.params.id);
        if (view.suffix === '.html') reply.headers(securityHeaders(true));
        return send(request, reply, view.suffix, view.type, () =>
          state.cached(`story:${id}${view.suffix}`, () => view.render(story(id))),
        );
      },
    );
  }
};
