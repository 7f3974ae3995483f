/**
 * An inferred shape as a type node: a key missing from some samples is optional, a value seen
 * as `null` beside others is nullable, nothing seen at all is `unknown`.
 */
import type { PropertyNode, TypeNode } from '../model/types.ts';
import type { Shape } from './shape.ts';

export function typeOfShape(shape: Shape): TypeNode {
  const options: TypeNode[] = [];
  if (shape.object) {
    const samples = shape.object.samples;
    const properties: PropertyNode[] = [...shape.object.fields.entries()].map(([name, field]) => ({
      name,
      type: typeOfShape(field.shape),
      required: field.seen === samples,
    }));
    options.push({ kind: 'object', properties, additional: true });
  }
  if (shape.array) options.push({ kind: 'array', items: shape.array.element ? typeOfShape(shape.array.element) : { kind: 'unknown' } });
  for (const p of ['string', 'number', 'boolean'] as const) if (shape.primitives.has(p)) options.push({ kind: p });
  if (options.length === 0) return { kind: 'unknown' };
  if (shape.primitives.has('null')) options.push({ kind: 'null' });
  return options.length === 1 ? options[0]! : { kind: 'union', options };
}
