/**
 * Argument tables, whatever their columns: the header cells say which column is the name,
 * type, optionality, example, default or description.
 */
import type { ArgFact } from '../facts/page-facts.ts';
import type { Cell } from '../documents/document.ts';
import { columnRole, type ColumnRole } from '../documents/headings.ts';
import { normalizeArgType, readEnum, readOptionality, splitLabels } from './argument-details.ts';
import { isSnakeCase } from '../model/snake-case.ts';
import { markNote, readMarkerAt, type MarkNote } from './marker.ts';

export interface TableShape {
  /** Index of the header row. */
  header: number;
  roles: (ColumnRole | null)[];
}

/** The header row of a table and the role of each column, or `null` if it has no header. */
export function tableShape(rows: readonly Cell[][]): TableShape | null {
  for (let r = 0; r < Math.min(rows.length, 2); r++) {
    const roles = rows[r]!.map((c) => columnRole(c.text));
    const known = roles.filter((x) => x !== null).length;
    if (known >= 2 && known >= rows[r]!.length - 1) return { header: r, roles };
  }
  return null;
}

export function readArgumentTable(
  rows: readonly Cell[][],
  shape: TableShape,
  defaultRequired: boolean | null,
  marks: MarkNote[] = [],
): ArgFact[] {
  const col = (role: ColumnRole) => shape.roles.indexOf(role);
  const nameCol = col('name');
  const args: ArgFact[] = [];
  for (const row of rows.slice(shape.header + 1)) {
    const nameCell = row[nameCol];
    if (!nameCell) continue;
    const name = nameCell.codes.find((c) => isSnakeCase(c)) ?? /[a-z][a-z0-9_]*/.exec(nameCell.text)?.[0];
    if (!name) continue;
    const cell = (role: ColumnRole) => (col(role) >= 0 ? row[col(role)] : undefined);
    const descCell = cell('description');
    const labelled = descCell
      ? splitLabels(descCell.lines)
      : { description: null, example: null, default: null };
    // Optionality may sit in its own column or as a badge beside the name (`limit Optional. Default: 100`).
    const optionality = cell('required')
      ? readOptionality(cell('required')!.lines.join(' '))
      : badgeOf(nameCell.text, name);
    const typeCell = cell('type');
    const type = normalizeArgType(typeCell?.text);
    const exampleCell = cell('example');
    const defaultCell = cell('default');
    const fact: ArgFact = {
      name,
      type: type.type,
      required: optionality.required ?? defaultRequired,
      description: labelled.description,
      example: exampleCell && exampleCell.text !== '' ? exampleCell.text : labelled.example,
      default:
        defaultCell && defaultCell.text !== '' ? defaultCell.text : (optionality.default ?? labelled.default),
      enum: readEnum(labelled.description, descCell?.codes),
    };
    if (type.typeText) fact.typeText = type.typeText;
    args.push(fact);
    const note = markNote(name, optionality.marker);
    if (note) marks.push(note);
  }
  return args;
}

/** A requiredness badge beside the name in its cell, with what it adds (`Optional, default=false`). */
function badgeOf(text: string, name: string): ReturnType<typeof readOptionality> {
  const at = text.indexOf(name);
  const after = at >= 0 ? text.slice(at + name.length) : text;
  for (const m of after.matchAll(/Required|Optional/g)) {
    const marker = readMarkerAt(after, m.index);
    if (marker) return { required: marker.required, default: marker.default, marker };
  }
  return { required: null, default: null, marker: null };
}
