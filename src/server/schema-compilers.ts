import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { sitrepError } from '../errors/sitrep-error.js';

const describe = (errors: readonly ErrorObject[] | null | undefined): string =>
  (errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');

export interface SchemaCompilers {
  readonly validatorCompiler: FastifySchemaCompiler<unknown>;
  readonly serializerCompiler: FastifySerializerCompiler<unknown>;
  /** Throws SITREP_INTERNAL when `value` does not match `schema`: a response must never leave unchecked. */
  checkResponse(schema: unknown, value: unknown, what: string): void;
}

const isRawBody = (schema: unknown): boolean =>
  typeof schema === 'object' && schema !== null && (schema as { type?: unknown }).type === 'string';

/**
 * One Ajv (JSON Schema 2020-12, as in OpenAPI 3.1) for requests and responses. Request bodies of raw media
 * types arrive as bytes and are checked by ingest; every JSON response is checked before it is serialised.
 */
export const createSchemaCompilers = (shared: readonly Record<string, unknown>[]): SchemaCompilers => {
  const ajv = new Ajv2020Module.default({
    allErrors: false,
    allowUnionTypes: true,
    coerceTypes: false,
    useDefaults: true,
    strict: false,
  });
  addFormatsModule.default(ajv);
  for (const schema of shared) ajv.addSchema(schema);
  const compiled = new WeakMap<object, ValidateFunction>();
  const compile = (schema: object): ValidateFunction => {
    const found = compiled.get(schema);
    if (found !== undefined) return found;
    const fn = ajv.compile(schema);
    compiled.set(schema, fn);
    return fn;
  };
  const checkResponse = (schema: unknown, value: unknown, what: string): void => {
    const validate = compile(schema as object);
    if (!validate(value))
      throw sitrepError('SITREP_INTERNAL', `${what} breaks its schema: ${describe(validate.errors)}`);
  };
  return {
    validatorCompiler: ({ schema, httpPart }) => {
      if (httpPart === 'body' && isRawBody(schema)) {
        return (data: unknown) =>
          Buffer.isBuffer(data) || typeof data === 'string'
            ? { value: data }
            : { error: new Error('raw body expected') };
      }
      const validate = compile(schema as object);
      return (data: unknown) =>
        validate(data)
          ? { value: data }
          : {
              error: sitrepError(
                'SITREP_HTTP_REQUEST',
                `${httpPart ?? 'request'}: ${describe(validate.errors)}`,
              ),
            };
    },
    serializerCompiler:
      ({ schema, url, method, httpStatus }) =>
      (data: unknown) => {
        checkResponse(schema, data, `response ${httpStatus} of ${method} ${url}`);
        return JSON.stringify(data);
      },
    checkResponse,
  };
};
