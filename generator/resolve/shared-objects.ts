/**
 * The shared objects (`message`, `conversation`): every one of object kind that an argument or a
 * response names (the package declares each once), with the fields recorded responses show of it
 * where a documented schema names it there (all optional, marked observed; a message's blocks,
 * attachments and metadata typed with `@slack/types`). A name the catalog calls a string or an
 * array but recordings show as an object is kept too, for the fidelity measure
 * (generator/fidelity/measure.ts), though the package types it as the catalog says.
 */
import { sharedObjectKind } from '../catalog/shared-objects.ts';
import { allOptional, completeType, OBSERVED_IN_RECORDINGS, OBSERVED_ONLY } from '../infer/merge-types.ts';
import { collectSharedSamples } from '../infer/shared-samples.ts';
import { emptyShape, mergeShape, type Shape } from '../model/shape.ts';
import { typeOfShape } from '../infer/shape-to-type.ts';
import type { ResolvedMethod, SharedObject, TypeNode } from '../model/types.ts';
import { sharedWithMessages } from './ecosystem-types.ts';
import { responseShape } from './response-shape.ts';

/** The shared objects (of object kind) a type names, anywhere in it. */
function collectRefs(node: TypeNode, into: Set<string>): void {
  switch (node.kind) {
    case 'ref':
      if (sharedObjectKind(node.name) === 'object') into.add(node.name);
      return;
    case 'object':
      return node.properties.forEach((p) => collectRefs(p.type, into));
    case 'array':
      return collectRefs(node.items, into);
    case 'map':
      return collectRefs(node.values, into);
    case 'union':
      return node.options.forEach((o) => collectRefs(o, into));
    default:
  }
}

/** One method's samples of the shared objects, by whether they were recorded; kept per method object. */
const samplesBefore = new WeakMap<ResolvedMethod, Map<string, Shape>[]>();

function methodSamples(m: ResolvedMethod): Map<string, Shape>[] {
  let samples = samplesBefore.get(m);
  if (samples) return samples;
  samples = [new Map(), new Map()];
  for (const r of m.responses) {
    if (m.responseSchema && r.kind === 'success' && !r.recovered)
      collectSharedSamples(m.responseSchema, responseShape(r), samples[r.observed ? 1 : 0]!);
  }
  samplesBefore.set(m, samples);
  return samples;
}

/**
 * What the docs' examples (`observed: false`) or recorded responses (`true`) show of each shared
 * object, where a documented schema names it: each method's samples merged in method order, the
 * same as reading all the samples in that order (a running generator re-reads only the changed
 * methods' samples).
 */
function sharedSamples(methods: readonly ResolvedMethod[], observed: boolean): Map<string, Shape> {
  const samples = new Map<string, Shape>();
  for (const m of methods) {
    for (const [name, shape] of methodSamples(m)[observed ? 1 : 0]!) {
      const merged = samples.get(name) ?? emptyShape();
      mergeShape(merged, shape);
      samples.set(name, merged);
    }
  }
  return samples;
}

/** A sample as the shared object's type: every field optional, each saying where it was seen. */
function sampledType(sample: Shape, note: string): TypeNode {
  const type = allOptional(typeOfShape(sample));
  if (type.kind !== 'object') return type;
  return { ...type, properties: type.properties.map((p) => ({ ...p, description: note })) };
}

/**
 * What the docs' examples show of a shared object, completed by what recordings show; `null`
 * when no recording shows it (a few examples alone are too thin a sample to type an object by).
 */
function observedOf(example: Shape | undefined, recorded: Shape | undefined): TypeNode | null {
  if (!recorded) return null;
  const fromRecordings = sampledType(recorded, OBSERVED_IN_RECORDINGS);
  if (!example) return fromRecordings;
  return completeType(sampledType(example, OBSERVED_ONLY), fromRecordings, OBSERVED_IN_RECORDINGS);
}

export function resolveSharedObjects(methods: readonly ResolvedMethod[]): SharedObject[] {
  const names = new Set<string>();
  for (const m of methods) {
    for (const a of m.args) if (a.schema) collectRefs(a.schema, names);
    collectRefs(m.resolved.response, names);
  }
  const examples = sharedSamples(methods, false);
  const recorded = sharedSamples(methods, true);
  for (const name of [...examples.keys(), ...recorded.keys()]) names.add(name);
  return [...names].sort().map((name) => {
    const type = observedOf(examples.get(name), recorded.get(name));
    return { name, kind: sharedObjectKind(name), observed: type ? sharedWithMessages(name, type) : null };
  });
}
