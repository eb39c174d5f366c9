import type { FastifyRequest } from 'fastify';
import { asSitrepError, isSitrepError, type SitrepError, sitrepError } from '../errors/sitrep-error.js';
import { REPORT_MEDIA_TYPES } from './api-schemas.js';

interface FastifyLikeError {
  readonly code?: string;
  readonly statusCode?: number;
  readonly message: string;
}

/** Any failure while handling a request, as the coded error the client gets (`{code, message}`). */
export const httpError = (e: unknown, request: FastifyRequest, bodyLimit: number): SitrepError => {
  if (isSitrepError(e)) return e;
  const err = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as FastifyLikeError;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sitrepError(
        'SITREP_INPUT_TOO_LARGE',
        'request body',
        request.headers['content-length'] ?? `more than ${bodyLimit}`,
        bodyLimit,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sitrepError(
        'SITREP_MEDIA_TYPE',
        request.headers['content-type'] ?? '',
        REPORT_MEDIA_TYPES.join(', '),
      );
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sitrepError('SITREP_INPUT_EMPTY', 'request body');
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return sitrepError('SITREP_HTTP_REQUEST', err.message);
  return asSitrepError(e);
};

export const errorBody = (e: SitrepError): { code: string; message: string } => ({
  code: e.code,
  message: e.message,
});
