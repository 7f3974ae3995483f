/** Mutations of real pages for fuzzing: what scraping sites we do not control can do to them. */
import fc from 'fast-check';

/** Strings that break careless generated code or careless parsers. */
export const NASTY = [
  '*/',
  '/*',
  '<!--',
  '-->',
  '`',
  '${process.exit(1)}',
  '\u2028',
  '\u2029',
  '\u0000',
  '\\',
  '"',
  "'",
  '__proto__',
  'constructor',
  'class',
  'default',
  '123abc',
  'a-b',
  'toString',
  '</script>',
  '{"ok": tru',
  '@param x',
  'x'.repeat(5000),
  'ÿ\uFFFD\uD800',
  'Arguments',
  'Errors',
  'Required',
  'stringOptional',
  'invalid_authThe token',
  '[hidden]',
  'ex:',
  'Example',
  '- ',
  '\t',
  'POSThttps://slack.com/api/../../etc',
];

export type Mutation =
  | { kind: 'drop'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'swap'; a: number; b: number; count: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'inject'; at: number; text: string }
  | { kind: 'break-json'; at: number }
  /** Deep nesting at one place: HTML elements, or a JSON value of objects or arrays. */
  | { kind: 'nest'; at: number; depth: number; shape: 'html' | 'object' | 'array' }
  /** One line repeated many times: a huge table or error list. */
  | { kind: 'bloat'; at: number; times: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('swap' as const),
    a: fc.nat(),
    b: fc.nat(),
    count: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 40 })),
  }),
  fc.record({ kind: fc.constant('break-json' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.constantFrom(40, 300, 2_000, 12_000),
    shape: fc.constantFrom('html' as const, 'object' as const, 'array' as const),
  }),
  fc.record({ kind: fc.constant('bloat' as const), at: fc.nat(), times: fc.constantFrom(50, 500, 3_000) }),
);

/** Text nested `depth` levels deep in the given shape. */
export function nested(shape: 'html' | 'object' | 'array', depth: number): string {
  switch (shape) {
    case 'html':
      return `${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`;
    case 'object':
      return `\n${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    case 'array':
      return `\n{"ok": true, "x": ${'['.repeat(depth)}1${']'.repeat(depth)}}\n`;
  }
}

export function mutate(content: string, m: Mutation): string {
  const lines = content.split('\n');
  const n = Math.max(lines.length, 1);
  switch (m.kind) {
    case 'drop':
      lines.splice(m.at % n, m.count);
      return lines.join('\n');
    case 'duplicate': {
      const at = m.at % n;
      lines.splice(at, 0, ...lines.slice(at, at + m.count));
      return lines.join('\n');
    }
    case 'swap': {
      const a = m.a % n;
      const b = m.b % n;
      const first = lines.slice(a, a + m.count);
      const second = lines.slice(b, b + m.count);
      if (a + m.count > b && b + m.count > a) return lines.join('\n');
      const out = [...lines];
      out.splice(a, first.length, ...second);
      out.splice(b + (second.length - first.length) * (b > a ? 1 : 0), first.length, ...first);
      return out.join('\n');
    }
    case 'truncate':
      return content.slice(0, m.at % Math.max(content.length, 1));
    case 'inject': {
      const at = m.at % Math.max(content.length, 1);
      return content.slice(0, at) + m.text + content.slice(at);
    }
    case 'nest': {
      const at = m.at % Math.max(content.length, 1);
      return content.slice(0, at) + nested(m.shape, m.depth) + content.slice(at);
    }
    case 'bloat': {
      const at = m.at % n;
      // At most about 8 MB of repeats: past the page limit, and within what a string can hold.
      const times = Math.min(m.times, Math.floor(8_000_000 / Math.max((lines[at] ?? '').length, 1)));
      const repeats = Array.from({ length: times }, (_, i) =>
        (lines[at] ?? '').replace(/[a-z]+_[a-z_]+/, (w) => `${w}_${i}`),
      );
      lines.splice(at, 0, ...repeats);
      return lines.join('\n');
    }
    case 'break-json': {
      const braces = [...content.matchAll(/[{}[\]]/g)];
      if (braces.length === 0) return content;
      const hit = braces[m.at % braces.length]!;
      return content.slice(0, hit.index) + content.slice(hit.index + 1);
    }
  }
}
