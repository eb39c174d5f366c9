import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { ingestReports } from '../../src/app/ingest-reports.js';
import { createServer } from '../../src/server/create-server.js';
import { exampleInputs } from '../../src/server/test-server.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const TOKEN = 'browser-test-token';
export const SCREENSHOTS = fileURLToPath(new URL('../../test-output/browser/', import.meta.url));
const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface Harness {
  readonly base: string;
  readonly browser: Browser;
  readonly app: FastifyInstance;
  readonly store: Store;
  /** Requests the page tried to send anywhere but this server (all aborted). */
  readonly outside: string[];
  /** Console errors and uncaught page errors, CSP violations included. */
  readonly errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the page, serves the example over a fresh store and starts Debian's chromium, headless. */
export const startHarness = async (): Promise<Harness> => {
  await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const store = await openSqliteStore(':memory:');
  await ingestReports(store, exampleInputs());
  const app = await createServer({ store, token: TOKEN, webRoot: WEB_ROOT });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const outside: string[] = [];
  const errors: string[] = [];
  return {
    base,
    browser,
    app,
    store,
    outside,
    errors,
    newPage: async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => {
        errors.push(`dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      return page;
    },
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
};

/** POSTs a report as the page's server sees any client do it. */
export const postReport = async (base: string, body: string, type = 'text/plain') => {
  const res = await fetch(`${base}/api/reports`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type },
  });
  return { status: res.status, body: (await res.json()) as { stories: string[]; reports: { id: string }[] } };
};
