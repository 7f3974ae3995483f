/**
 * Paging: a method that takes `cursor` pages, and its items are the first top-level array of its
 * response (`channels` of `conversations.list`), never `response_metadata`.
 */
import type { Method, ObjectNode, TypeNode } from '../model/types.ts';

export function isPaginated(method: Method): boolean {
  return method.args.some((a) => a.name === 'cursor');
}

/** The array members of a type: itself when an array, its array options when a union. */
function arraysOf(type: TypeNode): Extract<TypeNode, { kind: 'array' }>[] {
  if (type.kind === 'array') return [type];
  if (type.kind === 'union')
    return type.options.filter((o): o is Extract<TypeNode, { kind: 'array' }> => o.kind === 'array');
  return [];
}

/** The response field that holds a paginated method's items, or null. */
export function itemsKey(method: Method, response: ObjectNode): string | null {
  if (!isPaginated(method)) return null;
  const field = response.properties.find(
    (p) => p.name !== 'response_metadata' && arraysOf(p.type).length > 0,
  );
  return field?.name ?? null;
}

/**
 * The type of one item: the elements of the items field's array members (examples may disagree,
 * so the field may also admit non-arrays; only its arrays give items).
 */
export function itemType(response: ObjectNode, key: string | null): TypeNode | null {
  const field = key === null ? undefined : response.properties.find((p) => p.name === key);
  if (!field) return null;
  const items = arraysOf(field.type).map((a) => a.items);
  return items.length === 1 ? items[0]! : { kind: 'union', options: items };
}
