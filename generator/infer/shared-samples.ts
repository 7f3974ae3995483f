/**
 * Samples of the shared objects (`message`, `conversation`) taken from recorded responses: where
 * the documented type names a shared object, the recorded value there is one of its samples.
 */
import type { TypeNode } from '../model/types.ts';
import { addSample, emptyShape, type Shape } from './shape.ts';

export function collectSharedSamples(documented: TypeNode, value: unknown, into: Map<string, Shape>): void {
  if (value === null || value === undefined) return;
  switch (documented.kind) {
    case 'ref': {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const shape = into.get(documented.name) ?? emptyShape();
      addSample(shape, value);
      into.set(documented.name, shape);
      return;
    }
    case 'array':
      if (Array.isArray(value)) for (const item of value) collectSharedSamples(documented.items, item, into);
      return;
    case 'union':
      for (const option of documented.options) collectSharedSamples(option, value, into);
      return;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const p of documented.properties)
        collectSharedSamples(p.type, (value as Record<string, unknown>)[p.name], into);
      return;
    default:
  }
}
