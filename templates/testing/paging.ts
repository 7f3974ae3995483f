/**
 * Cursor paging over a list the test supplies: pages of the requested `limit` (100 when not
 * given), each in the method's items field of its documented example, with
 * `response_metadata.next_cursor` pointing at the next page (`''` on the last), so that
 * `client.paginate` and `client.items` can be tested end to end.
 */
import type { MethodFacts } from './facts.js';

const DEFAULT_LIMIT = 100;

function cursorAt(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

/** The offset a cursor points at; `null` for one the double did not give. */
function offsetOf(cursor: unknown): number | null {
  if (cursor === undefined || cursor === '') return 0;
  if (typeof cursor !== 'string') return null;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? Number(match[1]) : null;
}

function limitOf(value: unknown): number {
  const limit = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT;
}

/** The page the arguments ask for, or the code for a cursor the double never gave out. */
export function pageOf(
  facts: MethodFacts,
  items: readonly unknown[],
  args: Readonly<Record<string, unknown>>,
): { body: Record<string, unknown> } | { code: string } {
  const offset = offsetOf(args['cursor']);
  if (offset === null || offset > items.length)
    return { code: facts.codes.includes('invalid_cursor') ? 'invalid_cursor' : 'invalid_arguments' };
  const end = offset + limitOf(args['limit']);
  const key = facts.itemsKey ?? 'items';
  const meta = (facts.example['response_metadata'] as Record<string, unknown> | undefined) ?? {};
  const body = {
    ...facts.example,
    ok: true,
    [key]: items.slice(offset, end),
    response_metadata: { ...meta, next_cursor: end < items.length ? cursorAt(end) : '' },
    ...('has_more' in facts.example ? { has_more: end < items.length } : {}),
  };
  return { body };
}
