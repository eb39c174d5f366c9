import { readFileSync } from 'node:fs';
import Ajv2020Module, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Picture } from '../model/picture.js';
import { checkPictureIntegrity } from './check-picture-integrity.js';

/**
 * schema/ sits at the package root; this module is src/out/*.ts under tsx and dist/out/*.js when built,
 * two levels below the root either way.
 */
const SCHEMA_URL = new URL('../../schema/picture.schema.json', import.meta.url);

/** The JSON Schema of the picture (schema/picture.schema.json), parsed. */
export const PICTURE_SCHEMA: Readonly<Record<string, unknown>> = JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));

// Both packages are CommonJS: under NodeNext the default import is module.exports, whose `default` is the export.
const ajv = new Ajv2020Module.default({ allErrors: true, allowUnionTypes: true, verbose: true });
addFormatsModule.default(ajv);
const validateSchema = ajv.compile<Picture>(PICTURE_SCHEMA);

const describe = (e: ErrorObject): string => {
  const where = e.instancePath === '' ? '/' : e.instancePath;
  const got = e.keyword === 'enum' ? ` (got ${JSON.stringify(e.data)})` : '';
  return `${where}: ${e.message ?? e.keyword}${got}`;
};

export type PictureValidation =
  | { readonly valid: true }
  | { readonly valid: false; readonly errors: readonly string[] };

/**
 * Checks a value against the picture schema, then (when the shape is right) the integrity rules of
 * checkPictureIntegrity. Errors are one line each: `/json/pointer: message`.
 */
export const validatePicture = (value: unknown): PictureValidation => {
  if (!validateSchema(value)) {
    const errors = (validateSchema.errors ?? []).map(describe);
    return { valid: false, errors: [...new Set(errors)] };
  }
  const errors = checkPictureIntegrity(value);
  return errors.length === 0 ? { valid: true } : { valid: false, errors };
};
