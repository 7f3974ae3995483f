/**
 * Example JSON as pages show it: usually valid, sometimes not (`...` lines, lost braces, lost
 * lines). Strict parse first; otherwise a tolerant parse that recovers what the text still says.
 */

export interface ParsedExample {
  value: unknown;
  /** `true` when the text was not valid JSON and `value` was recovered from it. */
  recovered: boolean;
  /** `false` when nothing usable could be recovered. */
  ok: boolean;
}

export function parseExampleJson(text: string): ParsedExample {
  const trimmed = text.trim();
  try {
    return { value: JSON.parse(trimmed), recovered: false, ok: true };
  } catch {
    // fall through to recovery
  }
  const value = recoverJson(trimmed);
  return { value, recovered: true, ok: value !== undefined };
}

type Token =
  | { t: 'punct'; v: '{' | '}' | '[' | ']' | ':' | ','; line: number; indent: number; first: boolean }
  | { t: 'value'; v: unknown; line: number; indent: number; first: boolean; isString: boolean }
  | { t: 'ellipsis'; line: number; indent: number; first: boolean };

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
        let s = '';
        while (j < lineText.length && lineText[j] !== c) {
          if (lineText[j] === '\\' && j + 1 < lineText.length) {
            s += lineText.slice(j, j + 2);
            j += 2;
          } else {
            s += lineText[j];
            j++;
          }
        }
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
      const m = /^[^\s{}[\]:,"']+/.exec(lineText.slice(i));
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

/**
 * A tolerant recursive reading of JSON-like text. Missing braces are inferred from `"key":`
 * shapes and from indentation; `...` stands for omitted items and is dropped.
 */
export function recoverJson(text: string): unknown {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const stack: Container[] = [];
  let root: unknown = undefined;
  const startsWithKey = tokens[0]?.t === 'value' && tokens[0].isString && tokens[1]?.t === 'punct' && tokens[1].v === ':';
  if (startsWithKey) stack.push({ kind: 'object', value: {}, indent: -1, pendingKey: null, implicit: true });

  const top = () => stack[stack.length - 1];
  const attach = (v: unknown) => {
    const c = top();
    if (!c) {
      if (root === undefined) root = v;
      return;
    }
    if (c.kind === 'array') (c.value as unknown[]).push(v);
    else if (c.pendingKey !== null) {
      (c.value as Record<string, unknown>)[c.pendingKey] = v;
      c.pendingKey = null;
    }
  };
  const close = () => {
    const c = stack.pop();
    if (c) attach(c.value);
  };
  const open = (kind: 'object' | 'array', indent: number, implicit: boolean) => {
    stack.push({ kind, value: kind === 'object' ? {} : [], indent, pendingKey: null, implicit });
  };

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    const isKey = tok.t === 'value' && next?.t === 'punct' && next.v === ':';
    // A line that starts left of (or at) the line that opened a container ends it: its closer was lost.
    if (tok.first && !(tok.t === 'punct' && (tok.v === '}' || tok.v === ']'))) {
      while (stack.length > 1 && endsContainer(tok.indent, top()!)) close();
    }
    if (tok.t === 'ellipsis') continue;
    if (tok.t === 'punct') {
      if (tok.v === '{' || tok.v === '[') {
        open(tok.v === '{' ? 'object' : 'array', tok.indent, false);
      } else if (tok.v === '}' || tok.v === ']') {
        const want = tok.v === '}' ? 'object' : 'array';
        // Close implicit containers and mismatched ones until the matching one is closed.
        while (stack.length > 0) {
          const c = top()!;
          close();
          if (c.kind === want && !c.implicit) break;
        }
      }
      continue;
    }
    const c = top();
    if (isKey) {
      if (c?.kind === 'array') open('object', tok.indent, true);
      const obj = top();
      if (!obj) {
        open('object', tok.indent, true);
      }
      top()!.pendingKey = String(tok.v);
      k++; // skip ':'
      continue;
    }
    attach(tok.v);
  }
  while (stack.length > 0) close();
  return root;
}
