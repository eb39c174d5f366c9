/** Script, not a module to import: rewrites docs/vocabularies.md (`npx tsx src/out/write-vocabularies-doc.ts`). */
import { writeFileSync } from 'node:fs';
import { renderVocabularies } from './render-vocabularies.js';

writeFileSync(new URL('../../docs/vocabularies.md', import.meta.url), renderVocabularies());
