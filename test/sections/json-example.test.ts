import { describe, expect, it } from 'vitest';
import { parseExampleJson } from '../../generator/sections/json-example.ts';

describe('example JSON', () => {
  it('parses valid JSON as it is', () => {
    expect(parseExampleJson('{"ok": true, "n": [1, 2]}')).toEqual({
      value: { ok: true, n: [1, 2] },
      recovered: false,
      ok: true,
    });
  });

  it('drops `...` items and trailing commas', () => {
    const r = parseExampleJson('{\n  "ok": true,\n  "channels": [\n    {"id": "C1"},\n    ...\n  ],\n}');
    expect(r).toEqual({ value: { ok: true, channels: [{ id: 'C1' }] }, recovered: true, ok: true });
  });

  it('closes brackets a truncated example never closed', () => {
    expect(parseExampleJson('{"ok": true, "user": {"id": "U1", "name": "x"').value).toEqual({
      ok: true,
      user: { id: 'U1', name: 'x' },
    });
  });

  it('rebuilds lost braces from key shapes and indentation', () => {
    const text = [
      '"ok": true,',
      '"items": [',
      '        "name": "a",',
      '        "tags": [',
      '        "size": 2',
    ].join('\n');
    expect(parseExampleJson(text).value).toEqual({ ok: true, items: [{ name: 'a', tags: [], size: 2 }] });
  });

  it('says when nothing could be recovered', () => {
    expect(parseExampleJson('   ').ok).toBe(false);
  });
});
