/**
 * The small facts inside an argument row: its type word, its optionality word, and the
 * `Example` / `Default` labels and accepted values inside its description.
 */
import { readValueSet } from './value-set.ts';
import type { ArgType } from '../model/types.ts';
import { squash } from '../documents/document.ts';

/** Type words as pages write them; anything else that names an ID or token is a string. */
export const TYPE_WORD =
  /(?:string|integer|number|boolean|array|object|float|double|int|bool|enum|timestamp|token)(?:\[\])?/i;

export function normalizeArgType(word: string | null | undefined): {
  type: ArgType | null;
  typeText?: string;
} {
  if (!word) return { type: null };
  const w = squash(word).toLowerCase();
  if (w === '') return { type: null };
  const plain = (type: ArgType) => ({ type });
  const renamed = (type: ArgType) => ({ type, typeText: squash(word) });
  if (/\[\]$|^array|^list\b|array$/.test(w)) return w === 'array' ? plain('array') : renamed('array');
  if (w === 'string') return plain('string');
  if (w === 'integer') return plain('integer');
  if (w === 'number') return plain('number');
  if (w === 'boolean') return plain('boolean');
  if (w === 'object') return plain('object');
  if (/^(int|long|int32|int64)$/.test(w)) return renamed('integer');
  if (/^(float|double|decimal|numeric)$/.test(w)) return renamed('number');
  if (/^bool$/.test(w)) return renamed('boolean');
  if (/^(map|dict|hash|json|json object)$/.test(w)) return renamed('object');
  if (/^(str|text|enum|timestamp|token|channel|user|ts|id|url|email|[a-z]+ id)$/.test(w))
    return renamed('string');
  return { type: null, typeText: squash(word) };
}

/** `Required` → true, `Optional` (with or without `, default=0`) → false, anything else → null. */
export function readOptionality(text: string): { required: boolean | null; default: string | null } {
  const t = squash(text);
  const def = /default\s*[=:]\s*(.+)$/i.exec(t)?.[1]?.trim() ?? null;
  if (/^(required|yes|true|mandatory|[✓✔x])\b/i.test(t) || /^[✓✔]/.test(t))
    return { required: true, default: def };
  if (/^(optional|no|false|[-–—])(\b|$)/i.test(t)) return { required: false, default: def };
  return { required: null, default: def };
}

export interface LabelledDescription {
  description: string | null;
  example: string | null;
  default: string | null;
}

const LINE_LABEL = /^(Example|Examples|Default|Default value|ex|e\.g\.)\s*:?\s*(.*)$/;

/**
 * Separates `Example …` and `Default …` labels from the description lines of one argument.
 * A label stands at the start of a line (`Example4b39e9-752c4`, `Default: 100`), with its value
 * glued to it, after it, or on the next line; ExDoc puts `ex:` at the end of the text.
 */
export function splitLabels(lines: readonly string[]): LabelledDescription {
  const prose: string[] = [];
  let example: string | null = null;
  let def: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const m = LINE_LABEL.exec(line);
    if (
      m &&
      (m[1] !== 'ex' || line.startsWith('ex:')) &&
      !/^(Examples?|Default)\s+(of|to|is|for|the|when|value is)\b/i.test(line)
    ) {
      let value = m[2]!.trim();
      if (value === '' && i + 1 < lines.length) value = lines[++i]!.trim();
      if (m[1]!.startsWith('Default')) def ??= value;
      else example ??= value;
      continue;
    }
    const labels = trailingLabels(line);
    if (labels) {
      prose.push(labels.prose);
      def ??= labels.default;
      example ??= labels.example;
      continue;
    }
    const tail = /^(.*?\S)\s*\bex:\s*(\S.*)$/.exec(line);
    if (tail && example === null) {
      prose.push(tail[1]!);
      example = tail[2]!.trim();
      continue;
    }
    prose.push(line);
  }
  const description = squash(prose.join(' '));
  return { description: description === '' ? null : description, example, default: def };
}

/**
 * `Default` and `Example` labels run into the end of a description (`…channels.Default100Example20`):
 * the first label follows the end of a sentence; values run up to the next label.
 */
function trailingLabels(
  line: string,
): { prose: string; default: string | null; example: string | null } | null {
  // "Defaults to false." and "Default is …" are prose, not labels.
  const start =
    /(?<=[.!?)\]`'"])\s*(?=(Default|Example)(?!s\b|\s+(?:to|is|of|for|when|value is)\b)\s*:?\s*\S)/.exec(
      line,
    );
  if (!start || start.index === 0) return null;
  let rest = line.slice(start.index).trim();
  let def: string | null = null;
  let example: string | null = null;
  while (rest !== '') {
    const m = /^(Default|Example)\s*:?\s*(.*?)(?=(?:Default|Example)\s*:?\s*\S|$)/.exec(rest);
    if (!m || m[0] === '') break;
    if (m[1] === 'Default') def ??= m[2]!.trim();
    else example ??= m[2]!.trim();
    rest = rest.slice(m[0].length);
  }
  return { prose: line.slice(0, start.index).trim(), default: def, example };
}

/** Accepted values a description states exactly (`Acceptable values: \`none\`, \`full\``), or null (see value-set.ts). */
export function readEnum(description: string | null, codes: readonly string[] = []): string[] | null {
  const reading = readValueSet(description, codes);
  return reading.kind === 'values' ? reading.values : null;
}
