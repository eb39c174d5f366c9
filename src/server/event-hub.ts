import type { ServerResponse } from 'node:http';

/** What `/api/events` announces: the picture changed, which stories the new reports landed in. */
export interface StoriesUpdated {
  readonly version: number;
  readonly stories: readonly string[];
  readonly reports: readonly string[];
}

export interface EventHub {
  /** Starts a server-sent event stream on the response; it stays open until the client leaves or close(). */
  attach(res: ServerResponse, version: number): void;
  publish(event: StoriesUpdated): void;
  readonly listeners: number;
  /** Ends every stream (shutdown): clients reconnect to whichever server comes next. */
  close(): void;
}

const HEARTBEAT_MS = 15_000;
const RETRY_MS = 2_000;

const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export const createEventHub = (headers: Readonly<Record<string, string>>): EventHub => {
  const streams = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    attach: (res, version) => {
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: ${RETRY_MS}\n${frame('hello', { version })}`);
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
    publish: (event) => {
      const data = frame('stories', event);
      for (const res of streams) res.write(data);
    },
    get listeners() {
      return streams.size;
    },
    close: () => {
      clearInterval(heartbeat);
      for (const res of streams) res.end();
      streams.clear();
    },
  };
};
