/**
 * What changed in the API between two resolved models: methods, arguments, types, response
 * fields, error codes and deprecations, each marked breaking or not, with the semver bump the
 * whole change implies.
 */
import type { Arg, ArgGroup, ResolvedMethod, ResolvedModel } from '../model/types.ts';
import { codeSpan } from './markdown.ts';
import { responseChanges } from './response-changes.ts';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface ApiChange {
  method: string;
  /** What changed, in a sentence. */
  text: string;
  breaking: boolean;
  bump: Exclude<Bump, 'none'>;
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function bumpOf(changes: readonly ApiChange[]): Bump {
  return changes.reduce<Bump>((max, c) => (RANK[c.bump] > RANK[max] ? c.bump : max), 'none');
}

function typeText(a: Arg): string {
  if (a.enum && a.enum.length > 0) return a.enum.map((v) => JSON.stringify(v)).join(' | ');
  return a.schema ? JSON.stringify(a.schema) : (a.type ?? 'untyped');
}

function methodChanges(before: ResolvedMethod, after: ResolvedMethod): ApiChange[] {
  const out: ApiChange[] = [];
  const add = (text: string, breaking: boolean, bump: ApiChange['bump']) =>
    out.push({ method: after.name, text, breaking, bump });
  const oldArgs = new Map(before.args.map((a) => [a.name, a]));
  const newArgs = new Map(after.args.map((a) => [a.name, a]));
  for (const [name, a] of newArgs) {
    const old = oldArgs.get(name);
    if (!old) {
      if (a.required) add(`argument ${codeSpan(name)} added, required`, true, 'major');
      else add(`argument ${codeSpan(name)} added`, false, 'minor');
      continue;
    }
    if (!old.required && a.required)
      add(`argument ${codeSpan(name)} changed from optional to required`, true, 'major');
    if (old.required && !a.required)
      add(`argument ${codeSpan(name)} changed from required to optional`, false, 'minor');
    if (typeText(old) !== typeText(a))
      add(
        `argument ${codeSpan(name)} changed type from ${codeSpan(old.type ?? 'untyped')} to ${codeSpan(a.type ?? 'untyped')}`,
        true,
        'major',
      );
  }
  for (const name of oldArgs.keys())
    if (!newArgs.has(name)) add(`argument ${codeSpan(name)} removed`, true, 'major');
  for (const c of groupChanges(before.argGroups ?? [], after.argGroups ?? []))
    add(c.text, c.breaking, c.bump);
  for (const c of responseChanges(before.resolved.response, after.resolved.response))
    add(c.text, c.breaking, c.bump);
  const oldCodes = new Set(before.errors.map((e) => e.code));
  const newCodes = new Set(after.errors.map((e) => e.code));
  for (const code of newCodes)
    if (!oldCodes.has(code)) add(`error code ${codeSpan(code)} added`, false, 'minor');
  for (const code of oldCodes)
    if (!newCodes.has(code)) add(`error code ${codeSpan(code)} removed`, true, 'major');
  if (!before.deprecated && after.deprecated) add('deprecated', false, 'minor');
  if (before.deprecated && !after.deprecated) add('no longer deprecated', false, 'minor');
  if (before.description !== after.description) add('description changed', false, 'patch');
  return out;
}

/** A group as it reads in the report: "at least one of `a`, `b`", "exactly one of `a`, `b`". */
function groupText(g: ArgGroup): string {
  const members = g.args.map((n) => codeSpan(g.when?.[n] === undefined ? n : `${n}: ${String(g.when[n])}`));
  return `${g.kind === 'one-of' ? 'exactly' : 'at least'} one of ${members.join(', ')}`;
}

/**
 * Groups added (callers must now give one of its members: breaking) and removed (callers may
 * give none: not breaking). A group is the same whatever the order of its members.
 */
function groupChanges(before: readonly ArgGroup[], after: readonly ArgGroup[]): Omit<ApiChange, 'method'>[] {
  const key = (g: ArgGroup) => `${g.kind}:${[...g.args].sort().join()}:${JSON.stringify(g.when ?? {})}`;
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  return [
    ...after
      .filter((g) => !old.has(key(g)))
      .map((g) => ({
        text: `argument group added: ${groupText(g)}`,
        breaking: true,
        bump: 'major' as const,
      })),
    ...before
      .filter((g) => !now.has(key(g)))
      .map((g) => ({
        text: `argument group removed: ${groupText(g)}`,
        breaking: false,
        bump: 'minor' as const,
      })),
  ];
}

export function diffModels(before: ResolvedModel, after: ResolvedModel): ApiChange[] {
  const changes: ApiChange[] = [];
  const old = new Map(before.methods.map((m) => [m.name, m]));
  const now = new Map(after.methods.map((m) => [m.name, m]));
  for (const [name, m] of now) {
    const prev = old.get(name);
    if (!prev) changes.push({ method: name, text: 'method added', breaking: false, bump: 'minor' });
    // The same object has no changes: a running generator keeps each unchanged method's.
    else if (prev !== m) changes.push(...methodChanges(prev, m));
  }
  for (const name of old.keys())
    if (!now.has(name)) changes.push({ method: name, text: 'method removed', breaking: true, bump: 'major' });
  return changes.sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0));
}

/** The change report as Markdown: the bump first, then breaking changes, then the rest by method. */
export function changeReport(changes: readonly ApiChange[]): string {
  const bump = bumpOf(changes);
  const lines = ['# API changes', '', bump === 'none' ? 'No API change.' : `Semver bump: **${bump}**.`, ''];
  const section = (title: string, list: readonly ApiChange[]) => {
    if (list.length === 0) return;
    lines.push(`## ${title}`, '');
    for (const c of list) lines.push(`- ${codeSpan(c.method)}: ${c.text} (${c.bump})`);
    lines.push('');
  };
  section(
    'Breaking changes',
    changes.filter((c) => c.breaking),
  );
  section(
    'Other changes',
    changes.filter((c) => !c.breaking),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
