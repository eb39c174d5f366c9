/** Rewrites docs/vocabularies.md from the model's vocabularies (`npm run docs:vocabularies`). */
import { writeFileSync } from 'node:fs';
import { renderVocabularies } from '../src/out/render-vocabularies.js';

writeFileSync(new URL('../docs/vocabularies.md', import.meta.url), renderVocabularies());
