/**
 * An inferred shape as a type node: a key missing from some samples is optional, a value seen
 * as `null` beside others is nullable, nothing seen at all is `unknown`.
 */
import type { PropertyNode, TypeNode } from '../model/types.ts';
import { emptyShape, type Shape } from './shape.ts';

/** Keys that are Slack IDs (`U0123ABCD`, `C00000000`): the object is a map keyed by them. */
// The recordings' anonymiser suffixes merged duplicates with `_`.
const ID_KEY = /^[A-Z][A-Z0-9]{7,}_*$/;

function mapValues(object: NonNullable<Shape['object']>): Shape | null {
  const keys = [...object.fields.keys()];
  if (keys.length === 0 || !keys.every((k) => ID_KEY.test(k))) return null;
  const merged = emptyShape();
  for (const { shape } of object.fields.values()) mergeInto(merged, shape);
  return merged;
}

function mergeInto(target: Shape, source: Shape): void {
  source.primitives.forEach((p) => target.primitives.add(p));
  source.literals.forEach((l) => target.literals.add(l));
  if (source.array) {
    target.array ??= { element: null };
    if (source.array.element) {
      target.array.element ??= emptyShape();
      mergeInto(target.array.element, source.array.element);
    }
  }
  if (source.object) {
    target.object ??= { samples: 0, fields: new Map() };
    target.object.samples += source.object.samples;
    for (const [k, f] of source.object.fields) {
      const t = target.object.fields.get(k) ?? { shape: emptyShape(), seen: 0 };
      t.seen += f.seen;
      mergeInto(t.shape, f.shape);
      target.object.fields.set(k, t);
    }
  }
}

export function typeOfShape(shape: Shape): TypeNode {
  const options: TypeNode[] = [];
  const values = shape.object ? mapValues(shape.object) : null;
  if (values) options.push({ kind: 'map', values: typeOfShape(values) });
  else if (shape.object) {
    const samples = shape.object.samples;
    const properties: PropertyNode[] = [...shape.object.fields.entries()].map(([name, field]) => ({
      name,
      type: typeOfShape(field.shape),
      required: field.seen === samples,
    }));
    options.push({ kind: 'object', properties, additional: true });
  }
  if (shape.array)
    options.push({
      kind: 'array',
      items: shape.array.element ? typeOfShape(shape.array.element) : { kind: 'unknown' },
    });
  for (const p of ['string', 'number', 'boolean'] as const)
    if (shape.primitives.has(p)) options.push({ kind: p });
  if (options.length === 0) return { kind: 'unknown' };
  if (shape.primitives.has('null')) options.push({ kind: 'null' });
  return options.length === 1 ? options[0]! : { kind: 'union', options };
}
