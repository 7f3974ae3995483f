/**
 * The package's `model.json`: the resolved model, which the next run's change report reads back
 * (generator/changes/previous-output.ts), less the bodies of the recorded responses. Those run
 * to tens of megabytes and say nothing the report reads: what they show is in the resolved types
 * already. A recorded response keeps its entry (`observed`, its source), its `example` `null`.
 */
import { registerTextBytes } from '../disk/text-bytes.ts';
import type { ResolvedMethod, ResolvedModel } from '../model/types.ts';

function withoutRecordedBodies(method: ResolvedMethod): ResolvedMethod {
  if (!method.responses.some((r) => r.observed)) return method;
  return { ...method, responses: method.responses.map((r) => (r.observed ? { ...r, example: null } : r)) };
}

/**
 * Each method's text in model.json and its UTF-8 bytes, by method object: a running generator
 * resolves an unchanged method into the same object, so it serialises and encodes again only the
 * methods that changed (the whole file took most of a regeneration). Models are never changed
 * once resolved.
 */
const methodTexts = new WeakMap<ResolvedMethod, { text: string; bytes: Buffer }>();

/** What JSON.stringify puts around a value nested two deep (`[[value]]`): the methods' depth in the file. */
const OPEN = '[\n  [\n    ';
const CLOSE = '\n  ]\n]';
const SEPARATOR = ',\n    ';
const SEPARATOR_BYTES = Buffer.from(SEPARATOR);

/** A method's text as it reads in the file's `methods` array, indented to its depth there. */
function methodText(method: ResolvedMethod): { text: string; bytes: Buffer } {
  let known = methodTexts.get(method);
  if (known === undefined) {
    const text = JSON.stringify([[withoutRecordedBodies(method)]], null, 2).slice(OPEN.length, -CLOSE.length);
    known = { text, bytes: Buffer.from(text) };
    methodTexts.set(method, known);
  }
  return known;
}

/**
 * The same bytes as `JSON.stringify({ ...model, methods }, null, 2)`, each method's text
 * reused; its bytes are registered with it (generator/disk/text-bytes.ts).
 */
export function modelFileText(model: ResolvedModel): string {
  const rest = JSON.stringify({ ...model, methods: [] }, null, 2);
  if (model.methods.length === 0) return `${rest}\n`;
  // Top-level keys are the only ones indented by two spaces: this is the model's own `methods`.
  const at = rest.indexOf('\n  "methods": []') + '\n  "methods": ['.length;
  const head = `${rest.slice(0, at)}\n    `;
  const tail = `\n  ${rest.slice(at)}\n`;
  // Concatenated, not joined: the 20 MB are copied into one string only if something reads the
  // text whole; the writer hashes and writes the pieces.
  let file = head;
  const pieces: Uint8Array[] = [Buffer.from(head)];
  for (const [i, m] of model.methods.entries()) {
    const { text, bytes } = methodText(m);
    if (i > 0) {
      file += SEPARATOR;
      pieces.push(SEPARATOR_BYTES);
    }
    file += text;
    pieces.push(bytes);
  }
  file += tail;
  pieces.push(Buffer.from(tail));
  registerTextBytes(file, pieces);
  return file;
}
