import { describe, expect, it } from 'vitest';
import { documentedExamples } from '../../generator/fidelity/examples.ts';
import type { ResponseExample } from '../../generator/model/types.ts';
import { emptyMethod } from '../helpers/methods.ts';

const response = (example: unknown, patch: Partial<ResponseExample> = {}): ResponseExample => ({
  kind: 'success',
  description: null,
  example,
  source: 'p',
  ...patch,
});

describe("the docs' example responses as a corpus", () => {
  it('takes the first success example a method documents, not a recording, an error or a recovered one', () => {
    const methods = [
      {
        ...emptyMethod('a.b'),
        responses: [
          response({ ok: false, error: 'x' }, { kind: 'error' }),
          response({ ok: true, n: 0 }, { recovered: true }),
          response({ ok: true, n: 1 }),
          response({ ok: true, n: 2 }),
        ],
      },
      { ...emptyMethod('c.d'), responses: [response({ ok: true, seen: 1 }, { observed: true })] },
    ];
    expect([...documentedExamples({ methods, diagnostics: [] })]).toEqual([['a.b', { ok: true, n: 1 }]]);
  });
});
