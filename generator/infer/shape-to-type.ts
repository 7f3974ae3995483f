/**
 * An inferred shape as a type node: a key missing from some samples is optional, a value seen
 * as `null` beside others is nullable, nothing seen at all is `unknown`.
 */
import type { PropertyNode, TypeNode } from '../model/types.ts';
import { emptyShape, mergeShape, saw, type ObjectShape, type Shape } from '../model/shape.ts';

/** Keys that are Slack IDs (`U0123ABCD`, `C00000000`): the object is a map keyed by them. */
// The recordings' anonymiser suffixes merged duplicates with `_`.
const ID_KEY = /^[A-Z][A-Z0-9]{7,}_*$/;

function mapValues(object: ObjectShape): Shape | null {
  if (object.fields.size === 0) return null;
  for (const key of object.fields.keys()) if (!ID_KEY.test(key)) return null;
  const merged = emptyShape();
  object.fields.forEach(({ shape }) => mergeShape(merged, shape));
  return merged;
}

function objectType(object: ObjectShape): TypeNode {
  const properties: PropertyNode[] = [];
  object.fields.forEach((field, name) =>
    properties.push({ name, type: typeOfShape(field.shape), required: field.seen === object.samples }),
  );
  return { kind: 'object', properties, additional: true };
}

export function typeOfShape(shape: Shape): TypeNode {
  const options: TypeNode[] = [];
  const values = shape.object ? mapValues(shape.object) : null;
  if (values) options.push({ kind: 'map', values: typeOfShape(values) });
  else if (shape.object) options.push(objectType(shape.object));
  if (shape.array)
    options.push({
      kind: 'array',
      items: shape.array.element ? typeOfShape(shape.array.element) : { kind: 'unknown' },
    });
  for (const p of ['string', 'number', 'boolean'] as const) if (saw(shape, p)) options.push({ kind: p });
  if (options.length === 0) return { kind: 'unknown' };
  if (saw(shape, 'null')) options.push({ kind: 'null' });
  return options.length === 1 ? options[0]! : { kind: 'union', options };
}
