import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { sitrepError } from '../errors/sitrep-error.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** An onRequest hook that lets a request through only with `Authorization: Bearer <token>`. */
export const requireToken = (token: string) => {
  const expected = digest(token);
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null)
      throw sitrepError('SITREP_UNAUTHORIZED', 'send "Authorization: Bearer <SITREP_TOKEN>"');
    if (!timingSafeEqual(digest(match[1]!), expected))
      throw sitrepError('SITREP_UNAUTHORIZED', 'the token is wrong');
  };
};
