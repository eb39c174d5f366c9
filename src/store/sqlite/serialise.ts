import { sitrepError } from '../../errors/sitrep-error.js';
import { strictJson } from './strict-json.js';

/** Strict JSON for a column; a value JSON cannot hold is a store write failure naming what it was. */
export const serialise = (value: unknown, what: string): string => {
  try {
    return strictJson(value);
  } catch (e) {
    throw sitrepError('SITREP_STORE_WRITE', `${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
};
