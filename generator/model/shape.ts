/**
 * The shape of JSON values, inferred from samples: what a recorded response is reduced to as it
 * is read (the model keeps its shape, not its body), and what types are inferred from when
 * resolving (generator/infer/shape-to-type.ts). A key missing from some samples is optional;
 * `null` seen beside other values makes the field nullable; array elements merge into one shape.
 */

/** The primitive kinds a shape can have seen, as bits of {@link Shape.primitives}. */
export const PRIMITIVE = { string: 1, number: 2, boolean: 4, null: 8 } as const;

export type Primitive = keyof typeof PRIMITIVE;

export interface Shape {
  /** The primitive kinds seen, as a sum of {@link PRIMITIVE} bits (a number, not a set: shapes are many). */
  primitives: number;
  /** Present when an object was seen. */
  object: ObjectShape | null;
  /** Present when an array was seen: the merged shape of its elements (`null` if all were empty). */
  array: { element: Shape | null } | null;
}

export interface ObjectShape {
  /** Number of object samples merged. */
  samples: number;
  fields: Map<string, { shape: Shape; seen: number }>;
}

/**
 * `shape`, left out wherever the model is written as JSON (model.json, `--model-out`), as the
 * recorded bodies are: what it shows is in the resolved types, and its Maps are no JSON.
 */
export function unwritten(shape: Shape): Shape {
  // A `toJSON` that gives `undefined` drops the key holding the shape; not enumerable, so
  // copies and comparisons of the shape see only its data.
  return Object.defineProperty(shape, 'toJSON', { value: () => undefined });
}

export function emptyShape(): Shape {
  return { primitives: 0, object: null, array: null };
}

/** Whether the shape saw `kind`. */
export function saw(shape: Shape, kind: Primitive): boolean {
  return (shape.primitives & PRIMITIVE[kind]) !== 0;
}

export function addSample(shape: Shape, value: unknown): void {
  addWithin(shape, value, Infinity);
}

/**
 * The shape of one value, or `null` when it nests objects and arrays more than `maxDepth` deep
 * (`{}` is 1 deep, `{"a": []}` 2): a recording is reduced and its depth checked in one walk,
 * which goes no deeper than the limit.
 */
export function shapeWithin(value: unknown, maxDepth: number): Shape | null {
  const shape = emptyShape();
  return addWithin(shape, value, maxDepth) ? shape : null;
}

/** Adds `value` to `shape`; `false`, leaving the shape half-made, when it nests deeper than `depthLeft`. */
function addWithin(shape: Shape, value: unknown, depthLeft: number): boolean {
  if (value === null) shape.primitives |= PRIMITIVE.null;
  else if (typeof value === 'string') shape.primitives |= PRIMITIVE.string;
  else if (typeof value === 'number') shape.primitives |= PRIMITIVE.number;
  else if (typeof value === 'boolean') shape.primitives |= PRIMITIVE.boolean;
  else if (typeof value !== 'object') return true;
  else if (depthLeft < 1) return false;
  else if (Array.isArray(value)) {
    const array = (shape.array ??= { element: null });
    for (const item of value as unknown[])
      if (!addWithin((array.element ??= emptyShape()), item, depthLeft - 1)) return false;
  } else {
    const object = (shape.object ??= { samples: 0, fields: new Map() });
    object.samples++;
    const record = value as Record<string, unknown>;
    // Keys, not entries: no pair allocated for each field of every sample.
    for (const key of Object.keys(record)) {
      let field = object.fields.get(key);
      if (!field) object.fields.set(key, (field = { shape: emptyShape(), seen: 0 }));
      field.seen++;
      if (!addWithin(field.shape, record[key], depthLeft - 1)) return false;
    }
  }
  return true;
}

/** One shape from several samples (several example responses of one method). */
export function mergeSamples(values: readonly unknown[]): Shape {
  const shape = emptyShape();
  for (const v of values) addSample(shape, v);
  return shape;
}

/**
 * `from` added into `into`, as if `into` had then been given `from`'s samples one by one: the
 * counts add up and what is new keeps the order it was first seen in. Recordings are kept as
 * shapes and merged so; `from` is left as it was.
 */
export function mergeShape(into: Shape, from: Shape): void {
  into.primitives |= from.primitives;
  if (from.array) {
    into.array ??= { element: null };
    if (from.array.element) mergeShape((into.array.element ??= emptyShape()), from.array.element);
  }
  if (from.object) {
    into.object ??= { samples: 0, fields: new Map() };
    into.object.samples += from.object.samples;
    const fields = into.object.fields;
    from.object.fields.forEach((field, key) => {
      let mine = fields.get(key);
      if (!mine) fields.set(key, (mine = { shape: emptyShape(), seen: 0 }));
      mine.seen += field.seen;
      mergeShape(mine.shape, field.shape);
    });
  }
}

/** How many fields a shape has in all (each object's, its nested objects' included) and in its widest object. */
export function shapeSize(shape: Shape): { fields: number; widest: number } {
  const size = { fields: 0, widest: 0 };
  const stack = [shape];
  for (let s = stack.pop(); s; s = stack.pop()) {
    if (s.array?.element) stack.push(s.array.element);
    if (!s.object) continue;
    size.fields += s.object.fields.size;
    size.widest = Math.max(size.widest, s.object.fields.size);
    for (const field of s.object.fields.values()) stack.push(field.shape);
  }
  return size;
}
