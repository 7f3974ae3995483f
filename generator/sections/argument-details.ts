/**
 * The small facts inside an argument row: its type word, its optionality word, and the
 * `Example` / `Default` labels and accepted values inside its description.
 */
import { readMarkerAt, type Marker } from './marker.ts';
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
  // A plural type word is a list of them (`strings`, `integers`).
  if (/^(strings|integers|numbers|booleans|objects|floats|ints|timestamps|tokens|enums)$/.test(w))
    return renamed('array');
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

/**
 * A requiredness cell: `Required` → true, `Optional` → false, with what the marker adds
 * (`Optional, default=0`, `Required if …`: see marker.ts); `yes`/`no`, ticks and dashes too;
 * anything else → null.
 */
export function readOptionality(text: string): {
  required: boolean | null;
  default: string | null;
  marker: Marker | null;
} {
  const t = squash(text);
  const marker = readMarkerAt(t, 0);
  if (marker) return { required: marker.required, default: marker.default, marker };
  const def = /default\s*[=:]\s*(.+)$/i.exec(t)?.[1]?.trim() ?? null;
  if (/^(required|yes|true|mandatory|[✓✔x])\b/i.test(t) || /^[✓✔]/.test(t))
    return { required: true, default: def, marker: null };
  if (/^(optional|no|false|[-–—])(\b|$)/i.test(t)) return { required: false, default: def, marker: null };
  return { required: null, default: def, marker: null };
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
 * glued to it, after it, or on the next line; several may run together (`Default0Example20`); a
 * tab ends a value (what follows is another cell); ExDoc puts `ex:` at the end of the text.
 */
export function splitLabels(lines: readonly string[]): LabelledDescription {
  const prose: string[] = [];
  let example: string | null = null;
  let def: string | null = null;
  const cells = lines.flatMap((l) => l.split('\t'));
  for (let i = 0; i < cells.length; i++) {
    const line = cells[i]!.trim();
    const m = LINE_LABEL.exec(line);
    if (
      m &&
      (m[1] !== 'ex' || line.startsWith('ex:')) &&
      !/^(Examples?|Default)\s+(of|to|is|for|the|when|value is)\b/i.test(line)
    ) {
      let value = m[2]!.trim();
      if (value === '' && i + 1 < cells.length) value = cells[++i]!.trim();
      const read = readLineLabel(m[1]!, value, m[2]!.trim() === '' ? null : line);
      def ??= read.default;
      example ??= read.example;
      if (read.prose !== '') prose.push(read.prose);
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
 * the first label follows the end of a sentence, or is glued to the last word
 * (`…collections of dataExampledXNl…`, a short value to the end of the line); values run up to the
 * next label.
 */
function trailingLabels(
  line: string,
): { prose: string; default: string | null; example: string | null } | null {
  // "Defaults to false." and "Default is …" are prose, not labels.
  const start =
    /(?<=[.!?)\]`'"])\s*(?=(Default|Example)(?!s\b|\s+(?:to|is|of|for|when|value is)\b)\s*:?\s*\S)/.exec(
      line,
    ) ?? gluedLabelStart(line);
  if (!start || start.index === 0) return null;
  return { prose: line.slice(0, start.index).trim(), ...labelRun(line.slice(start.index).trim()) };
}

/**
 * A label after the last word of a description without a sentence end: glued to it
 * (`…of dataExampledXNl…`) or after a space (`…of data Example dXNl…`, `…of data Example: 20`),
 * its value short and ending the line (one word, where nothing but a space sets the label apart).
 */
function gluedLabelStart(line: string): { index: number } | null {
  const m = /(?<=[a-z0-9])(?=(?:Default|Example)(?!s\b)\S)|(?<=\s)(?=(?:Default|Example)(?::|\s+\S+$))/.exec(
    line,
  );
  if (!m) return null;
  const value = line.slice(m.index + 7);
  return value.length <= 80 && !/[.!?]\s/.test(value) ? { index: m.index } : null;
}

/**
 * A line that starts with a label: its value, maybe more labels run together after it
 * (`Default0Example20`), and a sentence glued after the last value (`Example: U0BPQUNTAThe user
 * who…`, where a description follows an example that came first).
 */
function readLineLabel(
  label: string,
  value: string,
  line: string | null,
): { default: string | null; example: string | null; prose: string } {
  const run =
    line !== null && /^(Example|Default)$/.test(label)
      ? labelRun(line)
      : label.startsWith('Default')
        ? { default: value, example: null }
        : { default: null, example: value };
  const exampleLast =
    run.default === null ||
    (run.example !== null && line !== null && line.lastIndexOf('Example') > line.lastIndexOf('Default'));
  const last = exampleLast ? run.example : run.default;
  if (last === null) return { ...run, prose: '' };
  const [kept, prose] = gluedSentence(last);
  return exampleLast ? { ...run, example: kept, prose } : { ...run, default: kept, prose };
}

/** A value with a sentence glued after it (`My BotSet your bot's name.`): the value, and the sentence. */
function gluedSentence(value: string): [string, string] {
  // A sentence has a space in it: the split is before the last space.
  const lastSpace = value.search(/\s\S*$/);
  for (let p = 1; p < lastSpace; p++) {
    if (/\S/.test(value[p - 1]!) && /[A-Z]/.test(value[p]!) && /[a-z]/.test(value[p + 1]!))
      return [value.slice(0, p), value.slice(p)];
  }
  return [value, ''];
}

/** Labels and their values run together (`Default0Example20`): each value runs up to the next label. */
function labelRun(text: string): { default: string | null; example: string | null } {
  let rest = text;
  let def: string | null = null;
  let example: string | null = null;
  while (rest !== '') {
    const m = /^(Default|Example)\s*:?\s*(.*?)(?=(?:Default|Example)\s*:?\s*\S|$)/.exec(rest);
    if (!m || m[0] === '') break;
    if (m[1] === 'Default') def ??= m[2]!.trim();
    else example ??= m[2]!.trim();
    rest = rest.slice(m[0].length);
  }
  return { default: def, example };
}

/** Accepted values a description states exactly (`Acceptable values: \`none\`, \`full\``), or null (see value-set.ts). */
export function readEnum(description: string | null, codes: readonly string[] = []): string[] | null {
  const reading = readValueSet(description, codes);
  return reading.kind === 'values' ? reading.values : null;
}
