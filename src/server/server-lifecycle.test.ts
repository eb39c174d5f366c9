import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { documentId } from '../model/ids.js';
import type { Store } from '../store/store.js';
import { AUTH, exampleServer } from './test-server.js';

let app: FastifyInstance;
let store: Store;

afterEach(async () => {
  await app.close();
  await store.close();
});

const REPORT = 'Government forces shelled Homs on Sunday, killing at least 12 civilians, activists said.\n';

const post = (base: string, body = REPORT) =>
  fetch(`${base}/api/reports`, { method: 'POST', body, headers: { ...AUTH, 'content-type': 'text/plain' } });

/** Reads the event stream until `event: <name>` arrives; returns its data. */
const nextEvent = async (reader: ReadableStreamDefaultReader<Uint8Array>, name: string): Promise<unknown> => {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${name}`);
    buffer += decoder.decode(value, { stream: true });
    const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer);
    if (match) return JSON.parse(match[1]!);
  }
};

describe('server lifecycle', () => {
  it('announces a new report on /api/events', async () => {
    ({ app, store } = await exampleServer());
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const events = await fetch(`${base}/api/events`);
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = events.body!.getReader();
    expect(await nextEvent(reader, 'hello')).toEqual({ version: 1 });
    const added = (await (await post(base)).json()) as { stories: string[]; reports: { id: string }[] };
    expect(await nextEvent(reader, 'stories')).toEqual({
      version: 2,
      stories: added.stories,
      reports: [added.reports[0]?.id],
    });
    await reader.cancel();
  });

  it('finishes a write in flight when closed, and ends the event streams', async () => {
    ({ app, store } = await exampleServer());
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const events = await fetch(`${base}/api/events`);
    const reader = events.body!.getReader();
    await nextEvent(reader, 'hello');
    const writing = post(base);
    await new Promise((r) => setTimeout(r, 20));
    await app.close();
    const res = await writing;
    expect(res.status).toBe(201);
    const { reports } = (await res.json()) as { reports: { id: string }[] };
    expect(await store.getReport(documentId(reports[0]!.id))).not.toBeNull();
    await expect(nextEvent(reader, 'never')).rejects.toThrow('stream ended');
  });
});
