/**
 * The checks Slack makes before a method runs, in its order, each failing with the code the
 * docs give for it: an unknown method (`unknown_method`), a body it cannot read, no token
 * (`not_authed`) or one not shaped like a Slack token (`invalid_auth`), a required argument
 * left out or a group broken (the method's own code where it documents one, such as `no_text`,
 * else `invalid_arguments`), and a value whose wire form cannot be right (`invalid_arguments`).
 */
import { givenMembers } from '../runtime/arg-groups.js';
import type { DecodedRequest } from './decode.js';
import type { MethodFacts, WireKind } from './facts.js';

export interface CheckOptions {
  /** Only these tokens are accepted; by default any token shaped like Slack's. */
  readonly tokens?: readonly string[] | undefined;
}

/** Slack's token shapes: `xoxb-`, `xoxp-`, `xoxa-`, `xoxe.xoxp-`, `xapp-`… */
const TOKEN_SHAPE = /^(?:xox[a-z]|xapp|xoxe\.xox[a-z])-\S+$/;

function authCode(request: DecodedRequest, facts: MethodFacts, options: CheckOptions): string | null {
  if (facts.tokenless) return null;
  const token = request.token;
  if (token === undefined || token === '') return 'not_authed';
  if (!TOKEN_SHAPE.test(token)) return 'invalid_auth';
  if (options.tokens && !options.tokens.includes(token)) return 'invalid_auth';
  return null;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

function argumentsCode(args: Readonly<Record<string, unknown>>, facts: MethodFacts): string | null {
  const fallback = facts.invalid ?? 'invalid_arguments';
  for (const name of facts.required) if (!given(args[name])) return facts.missing?.[name] ?? fallback;
  const present = Object.fromEntries(Object.entries(args).filter(([, v]) => given(v)));
  for (const group of facts.groups ?? []) {
    const members = givenMembers(group, present);
    if (members.length === 0 || (group.kind === 'one-of' && members.length > 1))
      return facts.groupCodes?.[group.args.join(',')] ?? fallback;
  }
  return null;
}

function fitsWire(kind: WireKind, value: unknown): boolean {
  if (kind === 'json') return typeof value === 'object' && value !== null;
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return kind === 'integer' ? Number.isInteger(number) : Number.isFinite(number);
}

/** JSON text parsed where a field holds it; a value that does not parse stays as it came. */
function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** The arguments as the method reads them: comma lists split, JSON text parsed. */
export function readArguments(
  args: Readonly<Record<string, unknown>>,
  facts: MethodFacts,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...args };
  for (const name of facts.commaLists ?? []) {
    const value = out[name];
    if (typeof value === 'string')
      out[name] = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
  }
  for (const name of [...Object.keys(facts.wire ?? {}), ...(facts.jsonText ?? [])]) {
    const kind = facts.wire?.[name];
    if (out[name] !== undefined && (kind === undefined || kind === 'json')) out[name] = parsedJson(out[name]);
  }
  return out;
}

function wireCode(args: Readonly<Record<string, unknown>>, facts: MethodFacts): string | null {
  for (const [name, kind] of Object.entries(facts.wire ?? {}))
    if (given(args[name]) && !fitsWire(kind, args[name])) return 'invalid_arguments';
  return null;
}

/** The code Slack would refuse the call with, or `null` when it would run. */
export function refusal(
  request: DecodedRequest,
  facts: MethodFacts | undefined,
  args: Readonly<Record<string, unknown>>,
  options: CheckOptions,
): string | null {
  if (!facts) return 'unknown_method';
  if (request.problem) return request.problem;
  return authCode(request, facts, options) ?? argumentsCode(args, facts) ?? wireCode(args, facts);
}
