/**
 * "Field guide" lists that describe the fields of a response (`access_token - Your new …`),
 * nested for the fields of array elements.
 */
import type { ResponseField } from '../model/types.ts';
import type { Section } from '../documents/document.ts';

const FIELD = /^([a-z][a-z0-9_]*)\s*[-–—:]\s+(.+)$/;

export function readFieldGuide(sections: readonly Section[]): Omit<ResponseField, 'source'>[] {
  const fields: Omit<ResponseField, 'source'>[] = [];
  for (const s of sections) {
    if (s.kind !== 'field-guide') continue;
    const parents: string[] = [];
    for (const b of s.blocks) {
      if (b.kind !== 'item') continue;
      const m = FIELD.exec(b.text);
      if (!m) continue;
      parents.length = b.depth;
      const path = [...parents.filter(Boolean), m[1]!].join('.');
      parents[b.depth] = m[1]!;
      fields.push({ path, description: m[2]!.trim() });
    }
  }
  return fields;
}
