/**
 * The change report covers responses: a field a caller reads that goes away, changes type or may
 * now be missing breaks that caller; a field added, or now always there, does not.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bumpOf, diffModels } from '../../generator/changes/diff-models.ts';
import { responseChanges } from '../../generator/changes/response-changes.ts';
import { generate } from '../../generator/generate.ts';
import type { ObjectNode, PropertyNode, TypeNode } from '../../generator/model/types.ts';
import { resolveMethod } from '../../generator/resolve/resolve-model.ts';
import { emptyMethod } from '../helpers/methods.ts';

const obj = (...properties: PropertyNode[]): ObjectNode => ({ kind: 'object', properties, additional: true });
const field = (name: string, type: TypeNode, required = true): PropertyNode => ({ name, type, required });
const str: TypeNode = { kind: 'string' };
const message = (...properties: PropertyNode[]) => field('message', obj(...properties));

describe('changes of a response, field by field', () => {
  const cases: { name: string; before: ObjectNode; after: ObjectNode; want: [string, boolean, string][] }[] =
    [
      {
        name: 'a field added is minor',
        before: obj(),
        after: obj(field('ts', str)),
        want: [['response field `ts` added', false, 'minor']],
      },
      {
        name: 'a field removed is breaking',
        before: obj(field('ts', str)),
        after: obj(),
        want: [['response field `ts` removed', true, 'major']],
      },
      {
        name: 'a field changed in type is breaking, and what was under it is not repeated',
        before: obj(message(field('text', str))),
        after: obj(field('message', str)),
        want: [['response field `message` changed type from `object` to `string`', true, 'major']],
      },
      {
        name: 'a nested field made optional is breaking, named by its path',
        before: obj(message(field('blocks', { kind: 'array', items: str }))),
        after: obj(message(field('blocks', { kind: 'array', items: str }, false))),
        want: [['response field `message.blocks` changed from required to optional', true, 'major']],
      },
      {
        name: 'a field made required is minor',
        before: obj(field('ts', str, false)),
        after: obj(field('ts', str)),
        want: [['response field `ts` changed from optional to required', false, 'minor']],
      },
      {
        name: 'the fields of array elements are named with []',
        before: obj(field('channels', { kind: 'array', items: obj(field('id', str)) })),
        after: obj(field('channels', { kind: 'array', items: obj() })),
        want: [['response field `channels[].id` removed', true, 'major']],
      },
      {
        name: 'a field added with fields of its own is one change',
        before: obj(),
        after: obj(message(field('text', str))),
        want: [['response field `message` added', false, 'minor']],
      },
      {
        name: 'integer and number are one type in the package, and a changed description or `ok` is no change',
        before: obj(field('ok', { kind: 'boolean' }), field('n', { kind: 'integer' })),
        after: obj(field('n', { kind: 'number', description: 'A count.' })),
        want: [],
      },
      {
        name: 'docs text stays inside code spans',
        before: obj(),
        after: obj(field('x`![img](https://evil)', str)),
        want: [['response field ``x`![img](https://evil)`` added', false, 'minor']],
      },
    ];
  for (const { name, before, after, want } of cases) {
    it(name, () =>
      expect(responseChanges(before, after).map((c) => [c.text, c.breaking, c.bump])).toEqual(want),
    );
  }
});

describe('the change report between two models', () => {
  const model = (example: Record<string, unknown>) => ({
    diagnostics: [],
    shared: [],
    commonErrors: [],
    methods: [
      resolveMethod({
        ...emptyMethod('chat.update'),
        responses: [{ kind: 'success', description: null, example, source: 's' }],
      }),
    ],
  });

  it('lists response changes beside the others, and their bump', () => {
    const changes = diffModels(
      model({ ok: true, ts: '1', text: 'a' }),
      model({ ok: true, ts: 1, channel: 'C1' }),
    );
    expect(changes.map((c) => [c.method, c.text, c.breaking])).toEqual([
      ['chat.update', 'response field `channel` added', false],
      ['chat.update', 'response field `text` removed', true],
      ['chat.update', 'response field `ts` changed type from `string` to `number`', true],
    ]);
    expect(bumpOf(changes)).toBe('major');
  });
});

/** A Markdown page of `chat.update` whose example responses are `examples`. */
const page = (examples: unknown[]) =>
  [
    '# chat.update',
    '',
    'Updates a message.',
    '',
    '## Arguments',
    '',
    '| Argument | Type | Required | Description |',
    '|---|---|---|---|',
    '| `channel` | string | Yes | The channel. |',
    '',
    '## Response',
    '',
    ...examples.flatMap((e) => ['```json', JSON.stringify(e, null, 2), '```', '']),
    '',
  ].join('\n');

const V1 = [{ ok: true, channel: 'C1', ts: '1', message: { text: 'a', blocks: [] } }];

describe('the version of the generated package', () => {
  beforeEach(() => void vi.spyOn(console, 'log').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  /**
   * Generates `v1` and then `v2` into one output: the package's version after each, the report,
   * and what `--check` said of v2 just before it was written.
   */
  const twoRuns = async (v2: unknown[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'version-'));
    const out = join(dir, 'out');
    const versions: string[] = [];
    let checked = '';
    for (const [i, examples] of [V1, v2].entries()) {
      const input = join(dir, `v${i}`);
      mkdirSync(input);
      writeFileSync(join(input, 'chat.update.md'), page(examples));
      if (i === 1) {
        const log = vi.mocked(console.log);
        log.mockClear();
        await generate({ input: [input], out, check: true });
        checked = log.mock.calls.map((c) => c.join(' ')).join('\n');
      }
      expect(await generate({ input: [input], out, reportChanges: join(dir, 'CHANGES.md') })).toBe(0);
      versions.push(
        (JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { version: string }).version,
      );
    }
    return { versions, report: readFileSync(join(dir, 'CHANGES.md'), 'utf8'), checked };
  };

  const cases: { name: string; v2: unknown[]; versions: string[]; lines: string[] }[] = [
    {
      name: 'moves 0.1.0 to 1.0.0 when a response field is removed and one made optional',
      v2: [
        { ok: true, channel: 'C1', message: { text: 'a', blocks: [] } },
        { ok: true, channel: 'C1', message: { text: 'b' } },
      ],
      versions: ['0.1.0', '1.0.0'],
      lines: [
        'Semver bump: **major**.',
        '- `chat.update`: response field `message.blocks` changed from required to optional (major)',
        '- `chat.update`: response field `ts` removed (major)',
      ],
    },
    {
      name: 'moves 0.1.0 to 0.2.0 when a response field is added',
      v2: [{ ...V1[0], permalink: 'https://x' }],
      versions: ['0.1.0', '0.2.0'],
      lines: ['Semver bump: **minor**.', '- `chat.update`: response field `permalink` added (minor)'],
    },
    {
      name: 'keeps 0.1.0 when nothing changed',
      v2: V1,
      versions: ['0.1.0', '0.1.0'],
      lines: ['No API change.'],
    },
  ];
  for (const { name, v2, versions, lines } of cases) {
    it(`${name}, as --check said before the write`, async () => {
      const r = await twoRuns(v2);
      expect(r.versions).toEqual(versions);
      for (const line of lines) expect(r.report.split('\n')).toContain(line);
      if (versions[0] !== versions[1]) expect(r.checked).toContain(`+   "version": "${versions[1]}",`);
      else expect(r.checked).not.toContain('package.json');
    });
  }
});
