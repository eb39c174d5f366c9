/**
 * `npm run bench:api`: loopback load on the HTTP API. The server (`sitrep serve` over a fresh store holding
 * the bundled example) runs in its own process; autocannon drives it from this one.
 * GET the story's picture JSON, then POST new reports (each text unique, so each is analysed and merged).
 * Goal: ≥ 1,000 GET/s with p99 < 100 ms on a 2-core machine. Last line: {"benchmark", "metrics", "anchors"}.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { processIo } from '../src/cli/cli-io.js';
import { runCli } from '../src/cli/run-cli.js';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'bench-token';
const GET_SECONDS = Number(process.env.BENCH_GET_SECONDS ?? 10);
const POST_SECONDS = Number(process.env.BENCH_POST_SECONDS ?? 10);

const startServer = (db: string): Promise<{ child: ChildProcess; base: string }> =>
  new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--db', db, '--port', '0'],
      { cwd: ROOT, env: { ...process.env, SITREP_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = / at (http:\/\/\S+)/.exec(err);
      if (m) ok({ child, base: m[1]! });
    });
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${err}`)));
  });

const TOWNS = ['Idlib', 'Hama', 'Homs', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Latakia', 'Manbij'];
let n = 0;
const postBody = (): string => {
  n++;
  const town = TOWNS[n % TOWNS.length];
  return `Published: 2016-12-0${1 + (n % 9)}\n\nGovernment forces shelled ${town} on Monday, killing at least ${n} civilians, the Syrian Observatory for Human Rights said. Report ${n}.\n`;
};

interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly requests: number;
}

const figures = (r: autocannon.Result): Figures => ({
  rps: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
  requests: r.requests.total,
});

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
const db = join(dir, 'bench.db');
const io = { ...processIo(), stderr: Object.assign(process.stderr, { isTTY: false }) };
if ((await runCli(['ingest', join(ROOT, 'examples/aleppo-2016'), '--db', db], io)) !== 0) process.exit(1);
const { child, base } = await startServer(db);
try {
  const url = `${base}/api/stories/s1`;
  await fetch(url); // first request renders and caches the story
  const get = figures(await autocannon({ url, connections: 10, duration: GET_SECONDS }));
  const post = figures(
    await autocannon({
      url: `${base}/api/reports`,
      connections: 2,
      duration: POST_SECONDS,
      timeout: 60,
      requests: [
        {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
          setupRequest: (req) => ({ ...req, body: postBody() }),
        },
      ],
    }),
  );
  const reports = ((await (await fetch(`${base}/api/stories`)).json()) as { reports: number }[]).reduce(
    (s, x) => s + x.reports,
    0,
  );
  console.log('route                        req/s   p50 ms   p99 ms   errors   non-2xx   requests');
  for (const [name, f] of [
    ['GET /api/stories/s1', get],
    ['POST /api/reports (new text)', post],
  ] as const) {
    console.log(
      `${name.padEnd(28)}${String(f.rps).padStart(6)}${String(f.p50).padStart(9)}${String(f.p99).padStart(9)}` +
        `${String(f.errors).padStart(9)}${String(f.non2xx).padStart(10)}${String(f.requests).padStart(11)}`,
    );
  }
  console.log(`store holds ${reports} reports after the POST run`);
  const goal = get.rps >= 1000 && get.p99 < 100 && get.errors === 0 && get.non2xx === 0;
  console.log(`goal (≥ 1,000 GET/s, p99 < 100 ms): ${goal ? 'met' : 'NOT met'}`);
  console.log(
    JSON.stringify({
      benchmark: 'api',
      metrics: {
        getRps: get.rps,
        getP50Ms: get.p50,
        getP99Ms: get.p99,
        getErrors: get.errors + get.non2xx,
        postRps: post.rps,
        postP50Ms: post.p50,
        postP99Ms: post.p99,
        postErrors: post.errors + post.non2xx,
        reportsAfter: reports,
      },
      anchors: { goalGetRps: 1000, goalGetP99Ms: 100, goalMet: goal },
    }),
  );
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
