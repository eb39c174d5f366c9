/**
 * The default path (CLI, demo, SQLite) needs neither PostgreSQL nor NATS: `pg` and `nats` are only imported
 * dynamically, when a postgres:// or nats:// URL is given. Checked on the static import graph of the CLI and
 * on what a real CLI process has loaded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Specifiers a module imports at load time: `import … from`, `export … from`, `import '…'`; not `import type`. */
const staticImports = (source: string): string[] => {
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(pattern)) if (m[2] === undefined) found.push(m[3]!);
  return found;
};

/** Every package reached from `entry` through static imports (relative `.js` imports resolve to `.ts`). */
const staticPackages = (entry: string): { files: Set<string>; packages: Set<string> } => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        if (existsSync(target)) queue.push(target);
      } else if (!spec.startsWith('node:')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return { files, packages };
};

describe('pg and nats stay out of the default path', () => {
  it('finds imports the way the loader sees them', () => {
    expect(
      staticImports(
        "import type { Pool } from 'pg';\nimport {\n  a,\n  b,\n} from './x.js';\nexport { c } from \"y\";\nimport 'z';\nconst m = await import('nats');",
      ),
    ).toEqual(['./x.js', 'y', 'z']);
  });

  it('no static import chain from the CLI reaches pg, nats or their adapters', () => {
    const { files, packages } = staticPackages(join(root, 'src/cli/main.ts'));
    expect(files.has(join(root, 'src/cli/worker-command.ts'))).toBe(true);
    expect(files.has(join(root, 'src/store/postgres/database-url.ts'))).toBe(true);
    expect(packages).toContain('better-sqlite3');
    expect(packages).toContain('commander');
    expect([...packages].filter((p) => p === 'pg' || p === 'nats')).toEqual([]);
    const adapters = [...files].filter((f) =>
      /open-postgres-store|postgres-store\.ts|nats-queue|nats-setup/.test(f),
    );
    expect(adapters).toEqual([]);
  });

  it('a CLI process that opens no URL has loaded neither', () => {
    const script = `
      import { createRequire } from 'node:module';
      import { runCli } from './src/cli/run-cli.ts';
      import { processIo } from './src/cli/cli-io.ts';
      await runCli(['--version'], processIo());
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({
        sqlite: loaded.some((k) => k.includes('/node_modules/better-sqlite3/')),
        pg: loaded.some((k) => /\\/node_modules\\/pg(-[a-z-]+)?\\//.test(k)),
        nats: loaded.some((k) => k.includes('/node_modules/nats/')),
      }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toEqual([
      '0.4.0',
      JSON.stringify({ sqlite: true, pg: false, nats: false }),
    ]);
  });
});
