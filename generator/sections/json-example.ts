/**
 * Example JSON as pages show it: usually valid, sometimes not (`...` lines, lost braces, lost
 * lines). Strict parse first; otherwise a tolerant parse that recovers what the text still says.
 * Nothing here recurses on the text's nesting, and a value nested deeper than
 * `MAX_JSON_DEPTH` is refused (what reads it later does recurse).
 */
import { MAX_JSON_DEPTH } from '../input/limits.ts';

export interface ParsedExample {
  value: unknown;
  /** `true` when the text was not valid JSON and `value` was recovered from it. */
  recovered: boolean;
  /** `false` when nothing usable could be recovered. */
  ok: boolean;
  /** Present (and `ok` false) when the example nests deeper than `MAX_JSON_DEPTH`: it was not read. */
  tooDeep?: true;
}

const TOO_DEEP: ParsedExample = { value: undefined, recovered: false, ok: false, tooDeep: true };

export function parseExampleJson(text: string): ParsedExample {
  const trimmed = text.trim();
  // The brackets say how deep the value would be before anything is built from it.
  if (bracketDepth(trimmed) > MAX_JSON_DEPTH) return { ...TOO_DEEP };
  let parsed: ParsedExample | null = null;
  try {
    parsed = { value: JSON.parse(trimmed), recovered: false, ok: true };
  } catch {
    // fall through to recovery
  }
  if (!parsed) {
    const value = recoverJson(trimmed);
    parsed = { value, recovered: true, ok: value !== undefined };
  }
  // Recovery may open containers the text never wrote (an object for keys inside an array).
  return jsonDepthExceeds(parsed.value, MAX_JSON_DEPTH) ? { ...TOO_DEEP } : parsed;
}

/** The deepest nesting of `{` and `[` outside double-quoted strings (what the text claims, closed or not). */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) max = depth;
    } else if ((c === 125 /* } */ || c === 93) /* ] */ && depth > 0) depth--;
  }
  return max;
}

/**
 * Whether a JSON value nests objects and arrays more than `max` deep (`{}` is 1 deep,
 * `{"a": []}` 2). Walks with its own stack and stops at the first level too many.
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: { value: object; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (depth > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

type Token =
  | { t: 'punct'; v: '{' | '}' | '[' | ']' | ':' | ','; line: number; indent: number; first: boolean }
  | { t: 'value'; v: unknown; line: number; indent: number; first: boolean; isString: boolean }
  | { t: 'ellipsis'; line: number; indent: number; first: boolean };

/** A bare word from a given position (sticky: no copy of the rest of the line per word). */
const BARE_WORD = /[^\s{}[\]:,"']+/y;

/** Splits text into JSON tokens, tolerating bare words, single quotes, comments and `...`. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const lineText = lines[ln] ?? '';
    const indent = lineText.length - lineText.trimStart().length;
    let i = 0;
    let first = true;
    const push = (tok: Token) => {
      tokens.push(tok);
      first = false;
    };
    while (i < lineText.length) {
      const c = lineText[i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
        continue;
      }
      if (c === '/' && lineText[i + 1] === '/') break;
      if ('{}[]:,'.includes(c)) {
        push({ t: 'punct', v: c as '{', line: ln, indent, first });
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < lineText.length && lineText[j] !== c)
          j += lineText[j] === '\\' && j + 1 < lineText.length ? 2 : 1;
        const s = lineText.slice(i + 1, j);
        let v: unknown = s;
        try {
          v = JSON.parse(`"${s.replace(/(?<!\\)"/g, '\\"')}"`);
        } catch {
          v = s;
        }
        push({ t: 'value', v, line: ln, indent, first, isString: true });
        i = j + 1;
        continue;
      }
      if (c === '.' && lineText.startsWith('...', i)) {
        push({ t: 'ellipsis', line: ln, indent, first });
        i += 3;
        while (lineText[i] === '.') i++;
        continue;
      }
      if (c === '\u2026') {
        push({ t: 'ellipsis', line: ln, indent, first });
        i++;
        continue;
      }
      BARE_WORD.lastIndex = i;
      const m = BARE_WORD.exec(lineText);
      const word = m ? m[0] : c;
      push({ t: 'value', v: bareWordValue(word), line: ln, indent, first, isString: false });
      i += word.length;
    }
  }
  return tokens;
}

function bareWordValue(word: string): unknown {
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word)) return Number(word);
  return word;
}

/** Keys of an implicit object sit at its own indentation; content of an explicit one sits deeper. */
function endsContainer(indent: number, c: Container): boolean {
  if (c.pendingKey !== null) return false;
  return c.implicit ? indent < c.indent : indent <= c.indent;
}

interface Container {
  kind: 'object' | 'array';
  value: Record<string, unknown> | unknown[];
  /** Indentation of the line that opened it: a later line at or left of it closes it when its closer was lost. */
  indent: number;
  pendingKey: string | null;
  /** Opened implicitly (a key seen inside an array): it has no closer of its own to wait for. */
  implicit: boolean;
}

/** The containers being filled while tolerant JSON is read, innermost last, and the value they make. */
class Containers {
  readonly stack: Container[] = [];
  root: unknown = undefined;

  top(): Container | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Puts a value into the innermost container (under its pending key), or makes it the root. */
  attach(v: unknown): void {
    const c = this.top();
    if (!c) {
      if (this.root === undefined) this.root = v;
      return;
    }
    if (c.kind === 'array') (c.value as unknown[]).push(v);
    else if (c.pendingKey !== null) {
      (c.value as Record<string, unknown>)[c.pendingKey] = v;
      c.pendingKey = null;
    }
  }

  open(kind: 'object' | 'array', indent: number, implicit: boolean): void {
    this.stack.push({ kind, value: kind === 'object' ? {} : [], indent, pendingKey: null, implicit });
  }

  close(): void {
    const c = this.stack.pop();
    if (c) this.attach(c.value);
  }

  /** Closes implicit containers and mismatched ones until an explicit one of `kind` is closed. */
  closeTo(kind: 'object' | 'array'): void {
    while (this.stack.length > 0) {
      const c = this.top()!;
      this.close();
      if (c.kind === kind && !c.implicit) break;
    }
  }
}

/**
 * A tolerant reading of JSON-like text (with a stack of its own, not recursion). Missing braces
 * are inferred from `"key":` shapes and from indentation; `...` stands for omitted items and is
 * dropped.
 */
export function recoverJson(text: string): unknown {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const containers = new Containers();
  const { stack } = containers;
  const startsWithKey =
    tokens[0]?.t === 'value' && tokens[0].isString && tokens[1]?.t === 'punct' && tokens[1].v === ':';
  if (startsWithKey) containers.open('object', -1, true);

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    const isKey = tok.t === 'value' && next?.t === 'punct' && next.v === ':';
    // A line that starts left of (or at) the line that opened a container ends it: its closer was lost.
    if (tok.first && !(tok.t === 'punct' && (tok.v === '}' || tok.v === ']'))) {
      while (stack.length > 1 && endsContainer(tok.indent, containers.top()!)) containers.close();
    }
    if (tok.t === 'ellipsis') continue;
    if (tok.t === 'punct') {
      if (tok.v === '{' || tok.v === '[')
        containers.open(tok.v === '{' ? 'object' : 'array', tok.indent, false);
      else if (tok.v === '}' || tok.v === ']') containers.closeTo(tok.v === '}' ? 'object' : 'array');
      continue;
    }
    if (isKey) {
      if (containers.top()?.kind === 'array') containers.open('object', tok.indent, true);
      if (!containers.top()) containers.open('object', tok.indent, true);
      containers.top()!.pendingKey = String(tok.v);
      k++; // skip ':'
      continue;
    }
    containers.attach(tok.v);
  }
  while (stack.length > 0) containers.close();
  return containers.root;
}
