/**
 * Method names checked against each other before anything is emitted: two names that give the
 * same declarations (`chat.postMessage`, `chat.post.message` and `chat.postmessage` all give
 * `ChatPostMessage…`, and `methods/chat.postMessage.ts` on a case-insensitive file system) or a
 * name that takes one the runtime exports would give a package that does not compile. The first
 * in name order is kept (of a name and its extension, `chat.post` and `chat.postResponse`, the
 * shorter); each other one is left out with an error naming both.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Method, Model } from '../model/types.ts';
import { functionName, typePrefix } from './names.ts';
import { RESERVED_EXPORTS } from './reserved-names.ts';

/** Suffixes the emitter appends to a method's type prefix; nested types extend the first two. */
const SUFFIXES = ['Arguments', 'Response', 'ErrorCode', 'Spec'] as const;

/** Properties a function has of its own: a namespace member of that name cannot sit on a callable. */
const FUNCTION_OWN = new Set([
  'name',
  'length',
  'prototype',
  'caller',
  'arguments',
  'call',
  'apply',
  'bind',
  'toString',
]);

/** Two names that differ only in case or separators land on the same declarations and file. */
export function collisionKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The top-level names a method's file declares. */
export function declaredNames(name: string): string[] {
  const prefix = typePrefix(name);
  return [
    functionName(name),
    `${functionName(name)}Spec`,
    ...SUFFIXES.slice(0, 3).map((s) => `${prefix}${s}`),
  ];
}

/** Why a method cannot be emitted beside those already kept, or null when it can. */
function conflictOf(
  method: string,
  kept: ReadonlyMap<string, string>,
  prefixes: ReadonlyMap<string, string>,
  methods: ReadonlySet<string>,
): string | null {
  const same = kept.get(collisionKey(method));
  if (same)
    return `${method} and ${same} give the same names in code (${typePrefix(method)}…, methods/${method}.ts on a case-insensitive file system)`;
  const reserved = declaredNames(method).find((n) => RESERVED_EXPORTS.has(n));
  if (reserved) return `${method} would declare ${reserved}, which the client's runtime exports`;
  const prefix = typePrefix(method);
  for (const suffix of SUFFIXES) {
    for (let i = prefix.indexOf(suffix, 1); i > 0; i = prefix.indexOf(suffix, i + 1)) {
      const other = prefixes.get(prefix.slice(0, i));
      if (other) return `${method}'s names (${prefix}…) extend ${other}'s ${prefix.slice(0, i)}${suffix}…`;
    }
  }
  const parent = method.slice(0, method.lastIndexOf('.'));
  const last = method.slice(method.lastIndexOf('.') + 1);
  if (methods.has(parent) && FUNCTION_OWN.has(last))
    return `${method} would be a member named ${last} of the method ${parent}, which a function already has`;
  return null;
}

/** The methods whose names can all be emitted together, and an error for each left out. */
export function refuseCollidingNames(model: Model): Model {
  const kept = new Map<string, string>();
  // Every method's prefix, so that an extension is caught whichever of the two comes first.
  const prefixes = new Map<string, string>();
  for (const m of model.methods)
    if (!prefixes.has(typePrefix(m.name))) prefixes.set(typePrefix(m.name), m.name);
  const keptMethods: Method[] = [];
  const diagnostics: Diagnostic[] = [];
  const all = new Set(model.methods.map((m) => m.name));
  for (const m of model.methods) {
    const conflict = conflictOf(m.name, kept, prefixes, all);
    if (conflict) {
      diagnostics.push(
        diagnostic(
          'error',
          'names/collision',
          m.sources[0]?.id ?? m.name,
          '(method name)',
          `${conflict}; ${m.name} was left out. Rename or remove one of the pages.`,
        ),
      );
      continue;
    }
    kept.set(collisionKey(m.name), m.name);
    keptMethods.push(m);
  }
  return diagnostics.length === 0
    ? model
    : { methods: keptMethods, diagnostics: [...model.diagnostics, ...diagnostics] };
}
