import { Command, InvalidArgumentError } from 'commander';
import { createServer, DEFAULT_BODY_LIMIT } from '../server/create-server.js';
import { resolveToken, tokenPath } from '../server/server-token.js';
import { findWebRoot } from '../server/web-root.js';
import { isDatabaseUrl, parseDatabaseUrl } from '../store/postgres/database-url.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { openStore } from './open-store.js';

const integer = (min: number, max: number) => (s: string) => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`expected an integer ${min}–${max}`);
  return n;
};

interface ServeOptions {
  port: number;
  host: string;
  db?: string;
  maxBody: number;
  follow: number;
}

export const serveCommand = (io: CliIo): Command =>
  new Command('serve')
    .description('serve the HTTP API and the web page over the store; SIGINT/SIGTERM stop it gracefully')
    .option('-p, --port <port>', 'port to listen on', integer(0, 65535), 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--max-body <bytes>', 'largest request body accepted', integer(1, 1024 ** 3), DEFAULT_BODY_LIMIT)
    .option(
      '--follow <ms>',
      'look for reports other processes stored (workers, ingest) every <ms>; 0: never',
      integer(0, 3_600_000),
      2000,
    )
    .action(async (opts: ServeOptions) => {
      const path = dbPath(opts.db, io);
      const store = await openStore(path, 'write');
      // A database URL has no folder to keep a token file in: its token lives in memory (or $SITREP_TOKEN).
      const { token, origin } = resolveToken(isDatabaseUrl(path) ? ':memory:' : path, io.env);
      const webRoot = findWebRoot();
      const app = await createServer({
        store,
        token,
        webRoot,
        bodyLimit: opts.maxBody,
        followMs: opts.follow === 0 ? null : opts.follow,
      });
      const url = await app.listen({ port: opts.port, host: opts.host });
      io.stderr.write(
        `sitrep serving ${isDatabaseUrl(path) ? parseDatabaseUrl(path).display : path} at ${url}\n`,
      );
      if (webRoot === null) io.stderr.write('web page not built (npm run build:web): serving the API only\n');
      if (origin === 'created' || origin === 'memory') {
        const where = origin === 'created' ? `, stored in ${tokenPath(path)}` : '';
        io.stderr.write(`write token (shown once${where}): ${token}\n`);
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          io.stderr.write(`${signal}: finishing writes in flight, then stopping\n`);
          app
            .close()
            .then(() => store.close())
            .finally(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
