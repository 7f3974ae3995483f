/**
 * A recorded response is reduced to its shape as it is read: the shape (and the digest that
 * tells its body from others) must be what the answer itself would give, `ok: true` without what
 * the recorder added, so that types come out as they did from the body.
 */
import { describe, expect, it } from 'vitest';
import { bodyDigest, type PageFacts } from '../../generator/facts/page-facts.ts';
import { mergeSamples } from '../../generator/model/shape.ts';
import { MAX_EXAMPLE_FIELDS } from '../../generator/input/limits.ts';
import { readRecord } from '../../generator/sources/record.ts';

const recorded = (content: string): PageFacts =>
  readRecord('slack-responses/chat.postMessage.json', 'chat.postMessage', content);

const response = (facts: PageFacts) => facts.methods[0]!.responses[0]!;

describe('a recorded response, read', () => {
  const cases: { says: string; given: string; want: unknown }[] = [
    {
      says: 'has the shape of its answer: `ok: true` and the fields, less what the recorder added',
      given:
        '{"ok": false, "error": "", "warning": "", "needed": "", "provided": "", "channel": "C0", "ts": "0"}',
      want: { ok: true, channel: 'C0', ts: '0' },
    },
    {
      says: 'merges the elements of its arrays as a sample would',
      given: '{"ok": false, "messages": [{"text": ""}, {"text": "", "ts": "0"}, null], "n": [1, "x"]}',
      want: { ok: true, messages: [{ text: '' }, { text: '', ts: '0' }, null], n: [1, 'x'] },
    },
    {
      says: 'keeps its keys in the order the answer object holds them, integer-like keys first',
      given: '{"ok": false, "b": 1, "2": 2, "a": {"z": 1, "1": 0}}',
      want: { ok: true, b: 1, 2: 2, a: { z: 1, 1: 0 } },
    },
    {
      says: 'leaves out a `__proto__` key at the top, as the answer object does',
      given: '{"ok": false, "__proto__": {"x": 1}, "a": 1}',
      want: JSON.parse('{"ok": true, "a": 1}'),
    },
  ];
  for (const { says, given, want } of cases) {
    it(says, () => {
      const r = response(recorded(given));
      expect(r.shape).toEqual(mergeSamples([want]));
      expect(r.digest).toBe(bodyDigest(want));
    });
  }

  it('keeps no body: its example is null, and its shape is left out of JSON', () => {
    const r = response(recorded('{"ok": false, "channel": "C0"}'));
    expect(r).toMatchObject({ kind: 'success', example: null, observed: true });
    expect(JSON.parse(JSON.stringify(r))).not.toHaveProperty('shape');
  });
});

describe('a recorded response against the limit on fields', () => {
  // `ok`, then objects of 1,000 keys (none too wide), then top-level keys up to `fields` in all.
  const recording = (fields: number): string => {
    const objects = Math.floor((fields - 1) / 1001);
    const body: Record<string, unknown> = { ok: false };
    for (let o = 0; o < objects; o++)
      body[`o${o}`] = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    for (let s = 1 + objects * 1001; s < fields; s++) body[`s${s}`] = s;
    return JSON.stringify(body);
  };

  it('is used with exactly as many fields as the limit', () => {
    const facts = recorded(recording(MAX_EXAMPLE_FIELDS));
    expect(facts.diagnostics).toEqual([]);
    expect(facts.methods).toHaveLength(1);
  });

  it('is not used with one field more, and the diagnostic says which limit', () => {
    const facts = recorded(recording(MAX_EXAMPLE_FIELDS + 1));
    expect(facts.methods).toEqual([]);
    expect(facts.diagnostics.map((d) => d.code)).toEqual(['responses/too-large']);
    expect(facts.diagnostics[0]!.message).toContain(`more than ${MAX_EXAMPLE_FIELDS} fields`);
  });
});
