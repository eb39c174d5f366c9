/**
 * The one table of coded errors (after fastify's lib/errors.js). Every failure sitrep reports is one of these.
 * `exit` is the CLI exit status (2: bad input or usage, 1: internal), `http` the HTTP status.
 * `%s` in a message is filled, in order, by the arguments given to `sitrepError`.
 */
export const ERROR_CODES = {
  SITREP_USAGE: { exit: 2, http: 400, message: 'usage: %s' },
  SITREP_INPUT_NOT_FOUND: { exit: 2, http: 404, message: '%s: no such file or directory' },
  SITREP_INPUT_EMPTY: { exit: 2, http: 400, message: '%s: input is empty' },
  SITREP_INPUT_BINARY: { exit: 2, http: 415, message: '%s: input looks binary (%s), not text, HTML or JSON' },
  SITREP_INPUT_ENCODING: {
    exit: 2,
    http: 415,
    message: '%s: input is not valid UTF-8 (first bad byte at offset %s)',
  },
  SITREP_INPUT_UNSUPPORTED_ENCODING: {
    exit: 2,
    http: 415,
    message: '%s: input is %s, which sitrep does not read; convert it to UTF-8',
  },
  SITREP_INPUT_TOO_LARGE: {
    exit: 2,
    http: 413,
    message: '%s: input is %s bytes, over the limit of %s bytes',
  },
  SITREP_INPUT_HTML: { exit: 2, http: 400, message: '%s: HTML has no readable article text' },
  SITREP_INPUT_JSON: { exit: 2, http: 400, message: '%s: broken JSON on line %s: %s' },
  SITREP_INPUT_JSONL_FIELD: { exit: 2, http: 400, message: '%s: line %s has neither "text" nor "html"' },
  SITREP_INPUT_NO_TEXT: { exit: 2, http: 400, message: '%s: no report text left after cleaning' },
  SITREP_INPUT_METADATA: { exit: 2, http: 400, message: '%s: bad metadata: %s' },
  SITREP_STAGE_ORDER: {
    exit: 1,
    http: 500,
    message: 'stage %s requires layer "%s", which no earlier stage provides',
  },
  SITREP_STAGE_DUPLICATE: { exit: 1, http: 500, message: 'layer "%s" is provided by both %s and %s' },
  SITREP_STAGE_OUTPUT: { exit: 1, http: 500, message: 'stage %s did not return the layer "%s" it promised' },
  SITREP_STORE_OPEN: { exit: 2, http: 500, message: 'cannot open store %s: %s' },
  SITREP_STORE_SCHEMA: {
    exit: 1,
    http: 500,
    message: 'store schema version %s is newer than this sitrep supports (%s)',
  },
  SITREP_STORE_WRITE: { exit: 1, http: 500, message: 'store write failed, nothing was changed: %s' },
  SITREP_STORE_UNREACHABLE: { exit: 1, http: 503, message: 'cannot reach store %s: %s' },
  SITREP_QUEUE_UNREACHABLE: { exit: 1, http: 503, message: 'cannot reach queue %s: %s' },
  SITREP_QUEUE_PUBLISH: { exit: 1, http: 503, message: 'queue publish failed after %s of %s message(s): %s' },
  SITREP_QUEUE_MESSAGE: { exit: 2, http: 400, message: 'bad queue message %s: %s' },
  SITREP_NOT_FOUND: { exit: 2, http: 404, message: '%s %s not found' },
  SITREP_FORMAT: { exit: 2, http: 400, message: 'unknown format "%s" (expected one of %s)' },
  SITREP_MODEL_LOAD: { exit: 1, http: 500, message: 'cannot load model %s: %s' },
  SITREP_UNAUTHORIZED: { exit: 2, http: 401, message: 'writes need the bearer token: %s' },
  SITREP_HTTP_REQUEST: { exit: 2, http: 400, message: 'bad request: %s' },
  SITREP_MEDIA_TYPE: { exit: 2, http: 415, message: 'unsupported content type "%s" (expected one of %s)' },
  SITREP_UNAVAILABLE: { exit: 1, http: 503, message: 'the server is shutting down; try again later' },
  SITREP_INTERNAL: { exit: 1, http: 500, message: 'internal error: %s' },
} as const satisfies Record<string, { exit: 1 | 2; http: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
