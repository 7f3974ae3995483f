/**
 * Cursor pagination: pages follow `response_metadata.next_cursor` until it is empty or the page
 * limit is reached; items are the elements of the method's items field, page after page.
 */
import type { CallOptions, MethodSpec, SlackCaller } from './transport.js';

export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages (default 1000). */
  maxPages?: number;
}

export async function* paginatePages<Response>(
  caller: SlackCaller,
  spec: MethodSpec<Response, unknown>,
  args: object,
  options: PaginateOptions = {},
): AsyncGenerator<Response, void, undefined> {
  const { maxPages = 1000, ...callOptions } = options;
  let cursor = (args as { cursor?: string }).cursor;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await caller.call(spec, cursor ? { ...args, cursor } : args, callOptions);
    yield page;
    cursor = (page as { response_metadata?: { next_cursor?: string } }).response_metadata?.next_cursor;
    if (!cursor) return;
  }
}

export async function* paginateItems<Response, Item>(
  caller: SlackCaller,
  spec: MethodSpec<Response, unknown>,
  args: object,
  options: PaginateOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const key = spec.itemsKey;
  if (!key)
    throw new TypeError(`${spec.method} has no items field to iterate over; iterate its pages instead.`);
  for await (const page of paginatePages(caller, spec, args, options)) {
    const items = (page as Record<string, unknown>)[key];
    if (Array.isArray(items)) yield* items as Item[];
  }
}
