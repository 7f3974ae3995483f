/**
 * The shape of a JSON value, inferred from samples (the example responses of a method), kept
 * apart from rendering it as TypeScript. A key missing from some samples is optional; `null`
 * seen beside other values makes the field nullable; array elements merge into one shape.
 */

export interface Shape {
  /** Primitive kinds seen: `string`, `number`, `boolean`, `null`. */
  primitives: Set<'string' | 'number' | 'boolean' | 'null'>;
  /** Present when an object was seen. */
  object: ObjectShape | null;
  /** Present when an array was seen: the merged shape of its elements (`null` if all were empty). */
  array: { element: Shape | null } | null;
  /** Literal values seen for a field, used for `ok: true`. */
  literals: Set<string | number | boolean>;
}

export interface ObjectShape {
  /** Number of object samples merged. */
  samples: number;
  fields: Map<string, { shape: Shape; seen: number }>;
}

export function emptyShape(): Shape {
  return { primitives: new Set(), object: null, array: null, literals: new Set() };
}

export function addSample(shape: Shape, value: unknown): void {
  if (value === null) shape.primitives.add('null');
  else if (typeof value === 'string') {
    shape.primitives.add('string');
    shape.literals.add(value);
  } else if (typeof value === 'number') {
    shape.primitives.add('number');
    shape.literals.add(value);
  } else if (typeof value === 'boolean') {
    shape.primitives.add('boolean');
    shape.literals.add(value);
  } else if (Array.isArray(value)) {
    shape.array ??= { element: null };
    for (const item of value) {
      shape.array.element ??= emptyShape();
      addSample(shape.array.element, item);
    }
  } else if (typeof value === 'object') {
    shape.object ??= { samples: 0, fields: new Map() };
    shape.object.samples++;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const field = shape.object.fields.get(key) ?? { shape: emptyShape(), seen: 0 };
      field.seen++;
      addSample(field.shape, v);
      shape.object.fields.set(key, field);
    }
  }
}

/** One shape from several samples (several example responses of one method). */
export function mergeSamples(values: readonly unknown[]): Shape {
  const shape = emptyShape();
  for (const v of values) addSample(shape, v);
  return shape;
}

/**
 * `from` added into `into`, as if `into` had then been given `from`'s samples one by one: the
 * counts add up and what is new keeps the order it was first seen in. A running generator
 * keeps each method's samples as shapes and merges those instead of its samples again.
 */
export function mergeShape(into: Shape, from: Shape): void {
  from.primitives.forEach((p) => into.primitives.add(p));
  from.literals.forEach((l) => into.literals.add(l));
  if (from.array) {
    into.array ??= { element: null };
    if (from.array.element) mergeShape((into.array.element ??= emptyShape()), from.array.element);
  }
  if (from.object) {
    into.object ??= { samples: 0, fields: new Map() };
    into.object.samples += from.object.samples;
    for (const [key, field] of from.object.fields) {
      const mine = into.object.fields.get(key) ?? { shape: emptyShape(), seen: 0 };
      mine.seen += field.seen;
      mergeShape(mine.shape, field.shape);
      into.object.fields.set(key, mine);
    }
  }
}
