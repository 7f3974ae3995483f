/**
 * Pages built to break the reader: nesting without end, huge tables and lists. Each is read in
 * bounded time without throwing; what is over a limit gives a diagnostic naming the page and the
 * section and is skipped, and the rest of the page still comes through. The pages are generated
 * here (no large fixtures), at the size that broke the reader before the limits.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_EXAMPLE_FIELDS,
  MAX_HTML_DEPTH,
  MAX_JSON_DEPTH,
  MAX_LIST_ENTRIES,
  MAX_OBJECT_KEYS,
} from '../../generator/input/limits.ts';
import type { Diagnostic } from '../../generator/model/diagnostics.ts';
import { catalogLexicon, readPageFile } from '../../generator/pipeline.ts';
import type { PageFacts } from '../../generator/facts/page-facts.ts';

const read = (
  id: string,
  content: string,
  format: 'html' | 'text' | 'record' = id.endsWith('.html')
    ? 'html'
    : id.endsWith('.json')
      ? 'record'
      : 'text',
) => readPageFile({ id, stem: 'chat.postMessage', format, content }, catalogLexicon());

const codes = (facts: PageFacts) => facts.diagnostics.map((d) => d.code);
const only = (facts: PageFacts, code: string): Diagnostic => {
  const found = facts.diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const method = (facts: PageFacts) => {
  expect(facts.methods).toHaveLength(1);
  return facts.methods[0]!;
};

const htmlPage = (middle: string, after = '') =>
  '<!doctype html><html><head><title>chat.postMessage method</title></head><body><main><h1>chat.postMessage</h1>' +
  '<p>Sends a message to a channel.</p><h2>Arguments</h2><table><tr><th>Argument</th><th>Type</th><th>Description</th></tr>' +
  '<tr><td><code>channel</code></td><td>string</td><td>Channel to post to.</td></tr></table>' +
  `${middle}<h2>Errors</h2><table><tr><th>Error</th><th>Description</th></tr>` +
  `<tr><td><code>not_in_channel</code></td><td>Not in the channel.</td></tr></table>${after}</main></body></html>`;

const textPage = (examples: string) =>
  'chat.postMessage\nSends a message to a channel.\n\nArguments\nArgumentTypeDescription\nchannel\nstring\n\nChannel to post to.\n\n' +
  `Example responses\n\n${examples}\n\nErrors\nErrorDescription\nnot_in_channel\n\nNot in the channel.\n`;

const deepObject = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** A success example whose `x` nests so that the whole example is `depth` deep. */
const exampleOfDepth = (depth: number, nest: (d: number) => string = deepObject) =>
  `{"ok": true, "x": ${nest(depth - 1)}}`;

/** What a page keeps when only its hostile part was skipped: its argument and its error. */
function expectRestOfPage(facts: PageFacts): void {
  const m = method(facts);
  expect(m.name).toBe('chat.postMessage');
  expect(m.args?.map((a) => a.name)).toEqual(['channel']);
  expect(m.errors?.map((e) => e.code)).toEqual(['not_in_channel']);
}

describe('HTML nested deeper than the limit', () => {
  it('reads 100,000 nested divs as the text of the element at the limit, names the section, and reads the rest', () => {
    const facts = read(
      'chat.postMessage.html',
      htmlPage(`<h2>Usage info</h2>${'<div>'.repeat(100_000)}You must be deep.${'</div>'.repeat(100_000)}`),
    );
    const d = only(facts, 'page/too-deep');
    expect(d).toMatchObject({
      severity: 'warning',
      file: 'chat.postMessage.html',
      section: 'Usage info',
      line: 1,
    });
    expect(d.message).toContain(`more than ${MAX_HTML_DEPTH} deep`);
    expectRestOfPage(facts);
    expect(method(facts).notes).toEqual([{ kind: 'usage', text: 'You must be deep.' }]);
  });

  it('says so for nested inline elements and nested lists too', () => {
    for (const deep of [
      '<span>'.repeat(10_000) + 'x' + '</span>'.repeat(10_000),
      '<ul><li>'.repeat(10_000) + 'x' + '</li></ul>'.repeat(10_000),
    ]) {
      const facts = read('chat.postMessage.html', htmlPage(`<p>${deep}</p>`));
      expect(only(facts, 'page/too-deep').section).toBe('Arguments');
      expectRestOfPage(facts);
    }
  });

  it('reads a page nested just under the limit as it is, without a diagnostic', () => {
    // html, body and main already open three levels.
    const depth = MAX_HTML_DEPTH - 4;
    const facts = read(
      'chat.postMessage.html',
      htmlPage('').replace(
        '<p>Sends a message to a channel.</p>',
        `${'<div>'.repeat(depth)}<p>Sends a message to a channel.</p>${'</div>'.repeat(depth)}`,
      ),
    );
    expect(codes(facts)).not.toContain('page/too-deep');
    expect(method(facts).description).toBe('Sends a message to a channel.');
    expectRestOfPage(facts);
  });

  it('does not count elements that close themselves or that HTML closes for them', () => {
    const sloppy =
      '<p>one'.repeat(2 * MAX_HTML_DEPTH) +
      '<ul>' +
      '<li>item'.repeat(2 * MAX_HTML_DEPTH) +
      '</ul>' +
      '<br>'.repeat(2 * MAX_HTML_DEPTH);
    const facts = read('chat.postMessage.html', htmlPage(sloppy));
    expect(codes(facts)).not.toContain('page/too-deep');
    expectRestOfPage(facts);
  });
});

describe('example JSON nested deeper than the limit', () => {
  const cases = [
    ['2,000 objects deep in a text page', 'chat.postMessage.txt', textPage(exampleOfDepth(2000))],
    ['500 arrays deep in a text page', 'chat.postMessage.txt', textPage(exampleOfDepth(500, deepArray))],
    [
      '2,000 objects deep and not valid JSON',
      'chat.postMessage.txt',
      textPage(exampleOfDepth(2000).slice(0, -3)),
    ],
    [
      '2,000 objects deep in an HTML page',
      'chat.postMessage.html',
      htmlPage(`<h2>Example responses</h2><pre>${exampleOfDepth(2000)}</pre>`),
    ],
    [
      '500 arrays deep in an HTML page',
      'chat.postMessage.html',
      htmlPage(`<h2>Example responses</h2><pre>${exampleOfDepth(500, deepArray)}</pre>`),
    ],
  ] as const;

  for (const [what, id, content] of cases) {
    it(`skips an example ${what}, naming the section, and reads the rest`, () => {
      const facts = read(id, content);
      expect(only(facts, 'responses/too-deep')).toMatchObject({
        severity: 'warning',
        file: id,
        section: 'Example responses',
      });
      expect(method(facts).responses).toEqual([]);
      expectRestOfPage(facts);
    });
  }

  it('gives the line of the skipped example in a text page and keeps the examples beside it', () => {
    const facts = read(
      'chat.postMessage.txt',
      textPage(
        `${exampleOfDepth(2000)}\n\nTypical error response\n\n{"ok": false, "error": "not_in_channel"}`,
      ),
    );
    expect(only(facts, 'responses/too-deep').line).toBe(13);
    expect(method(facts).responses.map((r) => r.example)).toEqual([{ ok: false, error: 'not_in_channel' }]);
  });

  it('reads an example exactly as deep as the limit', () => {
    const facts = read('chat.postMessage.txt', textPage(exampleOfDepth(MAX_JSON_DEPTH)));
    expect(codes(facts)).not.toContain('responses/too-deep');
    let value = method(facts).responses[0]?.example as Record<string, unknown>;
    let depth = 0;
    while (value && typeof value === 'object') {
      depth++;
      value = (value['x'] ?? value['a']) as Record<string, unknown>;
    }
    expect(depth).toBe(MAX_JSON_DEPTH);
  });
});

describe('records and recorded responses nested deeper than the limit', () => {
  const record = (extra: Record<string, unknown>, deep: Record<string, string>) => {
    let text = JSON.stringify({
      desc: 'Sends a message to a channel.',
      args: {
        properties: { channel: { type: 'string', desc: 'Channel to post to.' }, deep: 'DEEP_ARG' },
        required: ['channel'],
      },
      errors: { not_in_channel: { desc: 'Not in the channel.' } },
      ...extra,
    });
    for (const [marker, json] of Object.entries(deep)) text = text.replace(`"${marker}"`, json);
    return text;
  };

  it('skips a deep example, a deep output schema and a deep argument, each by name, and reads the rest', () => {
    const content = record(
      {
        examples: {
          success: { example: 'DEEP_EXAMPLE' },
          error: { example: { ok: false, error: 'not_in_channel' } },
        },
        output: 'DEEP_OUTPUT',
      },
      {
        DEEP_ARG: `{"type": "array", "items": ${'{"type": "array", "items": '.repeat(2000)}{"type": "string"}${'}'.repeat(2000)}}`,
        DEEP_EXAMPLE: exampleOfDepth(2000, deepArray),
        DEEP_OUTPUT: `${'{"type": "object", "properties": {"a": '.repeat(2000)}{"type": "string"}${'}}'.repeat(2000)}`,
      },
    );
    const facts = read('chat.postMessage.json', content);
    expect(facts.diagnostics.map((d) => [d.code, d.section])).toEqual([
      ['responses/too-deep', 'examples.success'],
      ['schema/too-deep', 'output'],
      ['schema/too-deep', 'args.deep'],
    ]);
    const m = method(facts);
    expect(m.args?.map((a) => a.name)).toEqual(['channel']);
    expect(m.errors?.map((e) => e.code)).toEqual(['not_in_channel']);
    expect(m.responses.map((r) => r.example)).toEqual([{ ok: false, error: 'not_in_channel' }]);
    expect(m.responseSchema).toBeNull();
  });

  it('does not use a recorded response 2,000 objects deep', () => {
    const facts = read('recorded/chat.postMessage.json', exampleOfDepth(2000));
    expect(facts.methods).toEqual([]);
    expect(only(facts, 'responses/too-deep')).toMatchObject({
      file: 'recorded/chat.postMessage.json',
      section: '(whole file)',
    });
  });

  it('uses a recorded response exactly as deep as the limit', () => {
    const facts = read('recorded/chat.postMessage.json', exampleOfDepth(MAX_JSON_DEPTH));
    expect(facts.diagnostics).toEqual([]);
    expect(method(facts).responses).toHaveLength(1);
  });
});

describe('huge tables and lists', () => {
  const rows = 20_000; // about 2 MB of HTML
  const row = (i: number) =>
    `<tr><td><code>arg_${i}</code></td><td>string</td><td>Argument ${i} of a very long table, described at some length.</td></tr>`;
  const htmlTable = (n: number) =>
    htmlPage('').replace(
      /<table>.*?<\/table>/,
      `<table><tr><th>Argument</th><th>Type</th><th>Description</th></tr>${Array.from({ length: n }, (_, i) => row(i)).join('')}</table>`,
    );

  /** The first rows are read as usual, the rest dropped with one warning naming the section. */
  function expectFirstRows(facts: PageFacts, file: string, total: number): void {
    const d = only(facts, 'page/too-many');
    expect(d).toMatchObject({ severity: 'warning', file, section: 'Arguments' });
    expect(d.message).toContain(`${total} arguments, more than the ${MAX_LIST_ENTRIES}`);
    const args = method(facts).args!;
    expect(args).toHaveLength(MAX_LIST_ENTRIES);
    expect(args[MAX_LIST_ENTRIES - 1]).toMatchObject({ name: `arg_${MAX_LIST_ENTRIES - 1}`, type: 'string' });
  }

  it('keeps the first rows of a 2 MB argument table and says the rest were dropped', () => {
    const facts = read('chat.postMessage.html', htmlTable(rows));
    expectFirstRows(facts, 'chat.postMessage.html', rows);
    expect(method(facts).args?.[7]).toMatchObject({
      name: 'arg_7',
      description: 'Argument 7 of a very long table, described at some length.',
    });
    expect(method(facts).errors?.map((e) => e.code)).toEqual(['not_in_channel']);
  });

  it('reads a table of exactly as many rows as the limit whole', () => {
    const facts = read('chat.postMessage.html', htmlTable(MAX_LIST_ENTRIES));
    expect(codes(facts)).not.toContain('page/too-many');
    expect(method(facts).args).toHaveLength(MAX_LIST_ENTRIES);
  });

  it('reads the same table rendered as text, one cell a line', () => {
    const lines = Array.from(
      { length: rows },
      (_, i) => `arg_${i}\nstring\n\nArgument ${i} of a very long table, described at some length.\n`,
    );
    const facts = read(
      'chat.postMessage.txt',
      `chat.postMessage\nSends a message.\n\nArguments\nArgumentTypeDescription\n${lines.join('')}\nErrors\nnot_in_channelNot in the channel.\n`,
    );
    expectFirstRows(facts, 'chat.postMessage.txt', rows);
    expect(method(facts).args?.[123]).toMatchObject({
      name: 'arg_123',
      type: 'string',
      description: 'Argument 123 of a very long table, described at some length.',
    });
    expect(method(facts).errors?.map((e) => e.code)).toEqual(['not_in_channel']);
  });

  it('reads the table rendered with its cells run together', () => {
    const lines = Array.from(
      { length: rows },
      (_, i) => `value${i}arg_${i}stringOptionalArgument ${i} of a very long table.`,
    );
    const facts = read(
      'chat.postMessage.txt',
      `chat.postMessage\nSends a message.\n\nArguments\nOptional arguments\n${lines.join('\n')}\n`,
    );
    expectFirstRows(facts, 'chat.postMessage.txt', rows);
    // Each line starts with the example of the argument before it (`value2arg_2…` ends arg_1's row).
    expect(method(facts).args?.[1]).toMatchObject({
      name: 'arg_1',
      required: false,
      example: 'value2',
      description: 'Argument 1 of a very long table.',
    });
  });

  it('reads an argument row glued to a 400 KB token', () => {
    const token = 'x'.repeat(400_000);
    const facts = read(
      'chat.postMessage.txt',
      `chat.postMessage\nSends a message.\n\nArguments\nOptional arguments\nchannelstringOptionalChannel to post to.\n${token}tokenstringOptionalA token.\n`,
    );
    expect(method(facts).args?.map((a) => [a.name, a.example])).toEqual([
      ['channel', token],
      ['token', null],
    ]);
  });

  it('keeps the first error codes of a page listing 100,000 and says the rest were dropped', () => {
    const list = Array.from(
      { length: 100_000 },
      (_, i) => `error_code_${i}The thing number ${i} went wrong.`,
    ).join('\n');
    const facts = read(
      'chat.postMessage.txt',
      `chat.postMessage\nSends a message.\n\nErrors\nThis table lists the expected errors.\n${list}\n`,
    );
    const d = only(facts, 'page/too-many');
    expect(d).toMatchObject({ severity: 'warning', file: 'chat.postMessage.txt', section: 'Errors' });
    expect(d.message).toContain('100000 error codes');
    const errors = method(facts).errors!;
    expect(errors).toHaveLength(MAX_LIST_ENTRIES);
    expect(errors[MAX_LIST_ENTRIES - 1]).toEqual({
      code: `error_code_${MAX_LIST_ENTRIES - 1}`,
      description: `The thing number ${MAX_LIST_ENTRIES - 1} went wrong.`,
      hidden: false,
    });
  });

  it('keeps a page listing exactly as many error codes as the limit whole', () => {
    const list = Array.from(
      { length: MAX_LIST_ENTRIES },
      (_, i) => `error_code_${i}The thing number ${i} went wrong.`,
    ).join('\n');
    const facts = read('chat.postMessage.txt', `chat.postMessage\nSends a message.\n\nErrors\n${list}\n`);
    expect(codes(facts)).not.toContain('page/too-many');
    expect(method(facts).errors).toHaveLength(MAX_LIST_ENTRIES);
  });
});

describe('examples and schemas too large to make a type of', () => {
  const wide = (keys: number, prefix = 'k') =>
    JSON.stringify({
      ok: true,
      ...Object.fromEntries(Array.from({ length: keys }, (_, i) => [`${prefix}${i}`, i])),
    });

  it('skips an example with an object of more keys than the limit, and keeps the examples beside it', () => {
    const facts = read(
      'chat.postMessage.txt',
      textPage(`${wide(100_000)}\n\nTypical error response\n\n{"ok": false, "error": "not_in_channel"}`),
    );
    const d = only(facts, 'responses/too-large');
    expect(d).toMatchObject({
      severity: 'warning',
      file: 'chat.postMessage.txt',
      section: 'Example responses',
      line: 13,
    });
    expect(d.message).toContain(`more than ${MAX_OBJECT_KEYS} keys`);
    expect(method(facts).responses.map((r) => r.example)).toEqual([{ ok: false, error: 'not_in_channel' }]);
    expectRestOfPage(facts);
  });

  it('counts the objects of an array as one object', () => {
    const items = Array.from({ length: MAX_OBJECT_KEYS + 1 }, (_, i) => `{"k${i}": 1}`).join(', ');
    const facts = read('chat.postMessage.txt', textPage(`{"ok": true, "items": [${items}]}`));
    expect(only(facts, 'responses/too-large').section).toBe('Example responses');
  });

  it('reads an example whose widest object has exactly as many keys as the limit', () => {
    const facts = read('chat.postMessage.txt', textPage(wide(MAX_OBJECT_KEYS - 1)));
    expect(codes(facts)).not.toContain('responses/too-large');
    expect(Object.keys(method(facts).responses[0]!.example as object)).toHaveLength(MAX_OBJECT_KEYS);
  });

  it('skips the examples of a record once they have more fields together than the limit', () => {
    const perExample = MAX_OBJECT_KEYS - 1;
    // `ok` is shared; each example adds its own object and its keys.
    const kept = Math.floor((MAX_EXAMPLE_FIELDS - 1) / (perExample + 1));
    const count = kept + 2;
    const examples = Object.fromEntries(
      Array.from({ length: count }, (_, e) => [
        `e${e}`,
        {
          example: {
            ok: true,
            [`o${e}`]: Object.fromEntries(Array.from({ length: perExample }, (_, i) => [`k${i}`, i])),
          },
        },
      ]),
    );
    const facts = read(
      'chat.postMessage.json',
      JSON.stringify({ desc: 'Sends a message.', args: { channel: { type: 'string' } }, examples }),
    );
    expect(method(facts).responses).toHaveLength(kept);
    expect(facts.diagnostics.map((d) => [d.code, d.section])).toEqual([
      ['responses/too-large', `examples.e${kept}`],
      ['responses/too-large', `examples.e${kept + 1}`],
    ]);
    expect(facts.diagnostics[0]!.message).toContain(`more than ${MAX_EXAMPLE_FIELDS} fields`);
    expect(method(facts).args?.map((a) => a.name)).toEqual(['channel']);
  });

  it('skips an output schema with more properties than the limit and keeps the rest of the record', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, i) => [`k${i}`, { type: 'string' }]),
    );
    const facts = read(
      'chat.postMessage.json',
      JSON.stringify({
        desc: 'Sends a message.',
        args: { channel: { type: 'string' } },
        errors: { not_in_channel: 'Not in the channel.' },
        output: { type: 'object', properties },
      }),
    );
    expect(facts.diagnostics.map((d) => [d.code, d.section])).toEqual([['schema/too-large', 'output']]);
    expect(method(facts).responseSchema).toBeNull();
    expect(method(facts).errors?.map((e) => e.code)).toEqual(['not_in_channel']);
  });

  it('does not use a recorded response with an object of more keys than the limit', () => {
    const facts = read('recorded/chat.postMessage.json', wide(100_000));
    expect(facts.methods).toEqual([]);
    expect(only(facts, 'responses/too-large')).toMatchObject({
      file: 'recorded/chat.postMessage.json',
      section: '(whole file)',
    });
  });
});
