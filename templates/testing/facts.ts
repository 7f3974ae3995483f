/**
 * What the test double knows of each method, generated from the same resolved model as the
 * client (testing/methods.ts): its documented example, required arguments, groups, codes, tier,
 * paging and wire forms. The double only acts on these facts, so it checks what the docs say.
 */
import type { ArgGroupRule } from '../runtime/arg-groups.js';

/** An argument whose wire form is unambiguous: an integer, a number, or JSON text of an object or array. */
export type WireKind = 'integer' | 'number' | 'json';

export interface MethodFacts {
  /** The documented success example (`{ ok: true }` where the docs show none). */
  readonly example: Readonly<Record<string, unknown>>;
  /** Arguments the docs require (the token aside). */
  readonly required: readonly string[];
  /** Arguments of which the docs require one, as the client checks them. */
  readonly groups?: readonly ArgGroupRule[];
  /** The codes the method documents. */
  readonly codes: readonly string[];
  /** By required argument: the documented code for leaving it out. */
  readonly missing?: Readonly<Record<string, string>>;
  /** By group (its arguments joined with `,`): the documented code for breaking it. */
  readonly groupCodes?: Readonly<Record<string, string>>;
  /** The documented code for missing or invalid arguments in general. */
  readonly invalid?: string;
  /** `Tier 1`…`Tier 4` or `Special`. */
  readonly tier?: string;
  /** The response field holding a cursor-paged method's items. */
  readonly itemsKey?: string;
  /** Arguments the docs describe as comma-separated lists. */
  readonly commaLists?: readonly string[];
  /** The method reads JSON bodies. */
  readonly json: boolean;
  /** Client credentials may come as HTTP Basic auth. */
  readonly basicAuth?: boolean;
  /** The method takes no token (the OAuth exchanges). */
  readonly tokenless?: boolean;
  readonly wire?: Readonly<Record<string, WireKind>>;
  /** JSON-encoded arguments a plain string also fills (`blocks`): read as JSON where they parse. */
  readonly jsonText?: readonly string[];
}

/** The types of every method: its arguments, response, documented codes and, when it pages, one item. */
export type MockMethodTypes = {
  [method: string]: { args: object; response: object; code: string; item?: unknown };
};

/** The generated table: facts by method name, and Slack's common error codes. */
export interface MockTable {
  readonly methods: Readonly<Record<string, MethodFacts>>;
  readonly commonCodes: readonly string[];
}
