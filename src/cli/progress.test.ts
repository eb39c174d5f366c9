import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

const io = (isTTY: boolean) => {
  const stderr = Object.assign(new PassThrough(), { isTTY });
  const chunks: string[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return {
    io: { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} },
    written: () => chunks.join(''),
  };
};

describe('progressBar', () => {
  it.each([
    [true, 40, true],
    [true, 30, false],
    [false, 500, false],
  ])('on a terminal=%s with %i reports draws=%s', (tty, total, draws) => {
    const { io: cliIo, written } = io(tty);
    const bar = progressBar(cliIo);
    for (let i = 0; i <= total; i++) bar.onProgress(i, total);
    bar.stop();
    expect(written().includes(`${total}/${total} reports`)).toBe(draws);
    if (!draws) expect(written()).toBe('');
  });
});
