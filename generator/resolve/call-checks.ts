/**
 * What a test double checks of a call the way Slack does, read from the method's own docs: the
 * code it documents for a required argument left out ("No value was passed for `users`",
 * `missing_channel`) or a group broken ("No message text provided": `no_text`), its code for
 * arguments missing in general, whether it takes a token, and which arguments have a wire form
 * a wrong value cannot be mistaken for (integers, numbers, JSON text).
 */
import { COMMON_ERRORS } from '../catalog/common-errors.ts';
import type { Arg, ArgGroup, CallChecks, ErrorCode, Method, TypeNode, WireKind } from '../model/types.ts';

/** Descriptions that say a value was not there. */
const ABSENT =
  /\bmissing\b|\bempty\b|\bnot (?:been )?(?:provided|passed|given|supplied|specified|included)\b|\bno value\b|\b(?:is|are) required\b|\bmust (?:be )?(?:provided?|supplied|supply|included?|specified|specify|passed|pass)\b|\bno\b[^.]{0,40}\b(?:provided|given|specified|passed|supplied)\b/i;

/** Codes Slack uses for arguments missing or invalid in general. */
const GENERIC = new Set([
  'invalid_arguments',
  'invalid_args',
  'missing_argument',
  'missing_arguments',
  'missing_args',
]);

/** Slack's common errors name no argument of their own (`missing_scope` is about scopes). */
const COMMON = new Set(COMMON_ERRORS.map((e) => e.code));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the code names the argument in code format (`` `users` ``), or in plain words
 * ("No message text provided") when the code's own name carries it too (`no_text`): a plain word
 * alone is too often something else ("a view of type profile").
 */
function mentions(code: string, description: string, arg: string): boolean {
  if (description.toLowerCase().includes(`\`${arg.toLowerCase()}\``)) return true;
  if (!code.includes(arg)) return false;
  const forms = arg.includes('_') ? [arg, arg.replace(/_/g, ' ')] : [arg];
  return forms.some((f) =>
    new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(f)}([^A-Za-z0-9_]|$)`, 'i').test(description),
  );
}

/** Whether the code's own name says the argument is missing (`missing_channel`, `no_user`, `name_required`). */
function namedForAbsence(code: string, arg: string): boolean {
  const stems = arg.endsWith('s') ? [arg, arg.slice(0, -1)] : [arg];
  return stems.some((a) =>
    [
      `missing_${a}`,
      `no_${a}`,
      `${a}_missing`,
      `${a}_required`,
      `must_provide_${a}`,
      `error_missing_${a}`,
    ].includes(code),
  );
}

/** The method's own codes that may name arguments (not the common ones), in the order the docs give them. */
function ownCodes(method: Method): ErrorCode[] {
  return method.errors.filter((e) => !COMMON.has(e.code) && !GENERIC.has(e.code));
}

/** The documented code for leaving out any of `args`: named for it first, then described as missing. */
function codeForAbsence(codes: readonly ErrorCode[], args: readonly string[]): string | undefined {
  const named = codes.find((e) => args.some((a) => namedForAbsence(e.code, a)));
  if (named) return named.code;
  const described = codes.find(
    (e) => ABSENT.test(e.description ?? '') && args.some((a) => mentions(e.code, e.description ?? '', a)),
  );
  return described?.code;
}

function requiredArgs(method: Method): Arg[] {
  return method.args.filter((a) => a.required && a.name !== 'token');
}

function missingCodes(method: Method): Record<string, string> {
  const codes = ownCodes(method);
  const out: Record<string, string> = {};
  for (const arg of requiredArgs(method)) {
    const code = codeForAbsence(codes, [arg.name]);
    if (code) out[arg.name] = code;
  }
  return out;
}

function groupCodes(groups: readonly ArgGroup[], method: Method): Record<string, string> {
  const codes = ownCodes(method);
  const out: Record<string, string> = {};
  for (const group of groups) {
    const code = codeForAbsence(codes, group.args);
    if (code) out[group.args.join(',')] = code;
  }
  return out;
}

/** The method's code for missing arguments in general, where it documents one in those words. */
function invalidCode(method: Method): string | undefined {
  const generic = method.errors.filter((e) => GENERIC.has(e.code));
  const worded = generic.find(
    (e) => /\bargument/i.test(e.description ?? '') && ABSENT.test(e.description ?? ''),
  );
  return worded?.code;
}

/** A type's options other than `null`. */
function nonNull(type: TypeNode): TypeNode[] {
  const options = type.kind === 'union' ? type.options : [type];
  return options.filter((o) => o.kind !== 'null');
}

function kindOf(node: TypeNode): WireKind | null {
  if (node.kind === 'integer' || node.kind === 'number') return node.kind;
  if (node.kind === 'array' || node.kind === 'object' || node.kind === 'map' || node.kind === 'ecosystem')
    return 'json';
  return null;
}

/** An argument's wire form where only one is possible; `null` where a string or anything else would do. */
export function wireKind(arg: Arg): WireKind | null {
  if (arg.commaList) return null;
  if (arg.schema) {
    const kinds = new Set(nonNull(arg.schema).map(kindOf));
    return kinds.size === 1 ? [...kinds][0]! : null;
  }
  if (arg.type === 'integer' || arg.type === 'number') return arg.type;
  return arg.type === 'array' || arg.type === 'object' ? 'json' : null;
}

function wireKinds(method: Method): Record<string, WireKind> {
  const out: Record<string, WireKind> = {};
  for (const arg of method.args) {
    const kind = arg.name === 'token' ? null : wireKind(arg);
    if (kind) out[arg.name] = kind;
  }
  return out;
}

/** Arguments sent as JSON text that a plain string also fills (`blocks`, `attachments`). */
function jsonTextArgs(method: Method): string[] {
  const named = (a: Arg) =>
    a.jsonEncoded === true ||
    (a.schema !== undefined && nonNull(a.schema).some((o) => o.kind === 'ecosystem'));
  return method.args.filter((a) => !a.commaList && wireKind(a) === null && named(a)).map((a) => a.name);
}

const nonEmpty = (record: object) => Object.keys(record).length > 0;

/** The method's checks, `{}` when the docs imply none. */
export function callChecks(method: Method): { checks?: CallChecks } {
  const checks: CallChecks = {};
  const takesToken = method.args.some((a) => a.name === 'token');
  if (!takesToken && method.scopes.bot.length === 0 && method.scopes.user.length === 0)
    checks.tokenless = true;
  const missing = missingCodes(method);
  if (nonEmpty(missing)) checks.missing = missing;
  const grouped = groupCodes(method.argGroups, method);
  if (nonEmpty(grouped)) checks.groups = grouped;
  const invalid = invalidCode(method);
  if (invalid) checks.invalid = invalid;
  const wire = wireKinds(method);
  if (nonEmpty(wire)) checks.wire = wire;
  const jsonText = jsonTextArgs(method);
  if (jsonText.length > 0) checks.jsonText = jsonText;
  return nonEmpty(checks) ? { checks } : {};
}
