/**
 * Argument groups: arguments of which the docs require one (`views.update` needs `view_id` or
 * `external_id`). The types already ask for them; the runtime checks them again before sending,
 * for JavaScript callers and values cast past the types, so that such a call fails at once with
 * a `SlackArgumentError` naming the method and the group, and no request is made.
 */
import { SlackArgumentError } from './errors.js';

/** A group of a method's arguments, as its spec carries it. */
export interface ArgGroupRule {
  /** `one-of`: exactly one member; `at-least-one-of`: one or more. */
  readonly kind: 'one-of' | 'at-least-one-of';
  readonly args: readonly string[];
  /** Members that count only with this value (`{ org_wide: true }`: "required unless you set `org_wide=true`"). */
  readonly when?: Readonly<Record<string, string | number | boolean>>;
}

/** The members of a group the arguments give: present (an `undefined` one is not sent), with the value `when` asks for. */
export function givenMembers(group: ArgGroupRule, args: Readonly<Record<string, unknown>>): string[] {
  return group.args.filter((name) => {
    const value = args[name];
    if (value === undefined) return false;
    const wanted = group.when?.[name];
    if (wanted === undefined) return true;
    // A form field is text: `'true'` from a JavaScript caller is sent as `true` is.
    return value === wanted || (typeof value === 'string' && value === String(wanted));
  });
}

/** Throws `SlackArgumentError` for the first group the arguments break. */
export function checkArgGroups(method: string, groups: readonly ArgGroupRule[], args: unknown): void {
  const fields = typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {};
  for (const group of groups) {
    const given = givenMembers(group, fields);
    if (given.length === 0 || (group.kind === 'one-of' && given.length > 1))
      throw new SlackArgumentError(method, group, given);
  }
}
