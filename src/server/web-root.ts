import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the built web page is: dist/web at the package root. This module is src/server/*.ts under tsx
 * and dist/server/*.js when built; null when the page has not been built (`npm run build:web`).
 */
export const findWebRoot = (): string | null => {
  const candidates = ['../../dist/web/', '../web/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((dir) => existsSync(`${dir}index.html`)) ?? null;
};
