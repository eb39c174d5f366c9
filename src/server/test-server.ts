import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ingestReports } from '../app/ingest-reports.js';
import { parseInput } from '../ingest/parse-input.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/store.js';
import { createServer } from './create-server.js';

export const TEST_TOKEN = 'test-token-0123456789';
export const EXAMPLE_DIR = new URL('../../examples/aleppo-2016/', import.meta.url);

/** The bundled example's reports, read as the CLI reads them. */
export const exampleInputs = () =>
  readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseInput(`examples/aleppo-2016/${f}`, readFileSync(new URL(f, EXAMPLE_DIR))));

/** A server over a fresh in-memory store holding the example. */
export const exampleServer = async (
  options: { bodyLimit?: number; webRoot?: string | null } = {},
): Promise<{ app: FastifyInstance; store: Store }> => {
  const store = await openSqliteStore(':memory:');
  await ingestReports(store, exampleInputs());
  const app = await createServer({ store, token: TEST_TOKEN, ...options });
  return { app, store };
};

export const AUTH = { authorization: `Bearer ${TEST_TOKEN}` } as const;
