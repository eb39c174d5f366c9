import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web page: built into dist/web, which `sitrep serve` serves. Everything is bundled: no outside request. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
