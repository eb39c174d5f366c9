import { describe, expect, it } from 'vitest';
import { strictJson } from './strict-json.js';

describe('strictJson', () => {
  it.each([
    [{ ok: [1, 'é 🌍', null, true, false] }, '{"ok":[1,"é 🌍",null,true,false]}'],
    [{ n: 0.1, m: -3 }, '{"n":0.1,"m":-3}'],
    [[], '[]'],
  ])('serialises %j exactly', (value, json) => {
    expect(strictJson(value)).toBe(json);
    expect(JSON.parse(strictJson(value))).toEqual(value);
  });

  it.each([
    [{ a: [1, { b: Number.NaN }] }, '$.a.1.b is NaN'],
    [{ a: Number.POSITIVE_INFINITY }, '$.a is Infinity'],
    [{ a: undefined }, '$.a is undefined'],
    [[1, undefined], '$.1 is undefined'],
    [{ x: 1n }, '$.x is bigint'],
    [{ f: () => 1 }, '$.f is function'],
  ])('refuses %o', (value, message) => {
    expect(() => strictJson(value)).toThrow(message);
  });
});
