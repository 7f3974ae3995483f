/** What the official `@slack/web-api` exposes, read from a live WebClient (a devDependency). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Every `client.a.b.c(...)` of the official WebClient, as method names. */
export function officialMethodNames(): string[] {
  const { WebClient } = require('@slack/web-api') as { WebClient: new () => Record<string, unknown> };
  const client = new WebClient();
  const names: string[] = [];
  const walk = (node: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'function' && prefix !== '') names.push(`${prefix}${key}`);
      else if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        depth < 6 &&
        /^[a-z]/.test(key) &&
        key === key.trim()
      ) {
        // Namespaces are plain objects of functions; the client's own settings are not.
        const proto = Object.getPrototypeOf(value);
        if (proto === Object.prototype) walk(value as Record<string, unknown>, `${prefix}${key}.`, depth + 1);
      }
    }
  };
  walk(client, '', 0);
  return names.filter((n) => n.includes('.')).sort();
}

export interface OfficialArguments {
  names: string[];
  /** Required in every form the official type accepts. */
  required: string[];
}

/**
 * The arguments the official SDK types by hand for a method, read from its declarations with
 * ts-morph's own compiler: union members are the alternative forms a call may take.
 */
export async function officialArguments(
  typeNames: readonly string[],
): Promise<Map<string, OfficialArguments>> {
  const { Project } = await import('ts-morph');
  const entry = require.resolve('@slack/web-api/dist/types/request/index.d.ts');
  const project = new Project({
    compilerOptions: { strict: true, skipLibCheck: true },
    skipAddingFilesFromTsConfig: true,
  });
  const file = project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  const result = new Map<string, OfficialArguments>();
  for (const name of typeNames) {
    const exported = file.getExportedDeclarations().get(name)?.[0];
    if (!exported) throw new Error(`@slack/web-api exports no ${name}`);
    const type = exported.getType();
    const forms = type.isUnion() ? type.getUnionTypes() : [type];
    const names = new Set<string>();
    const requiredEverywhere = new Map<string, number>();
    for (const form of forms) {
      for (const prop of form.getProperties()) {
        names.add(prop.getName());
        if (!prop.isOptional())
          requiredEverywhere.set(prop.getName(), (requiredEverywhere.get(prop.getName()) ?? 0) + 1);
      }
    }
    const required = [...requiredEverywhere.entries()].filter(([, n]) => n === forms.length).map(([p]) => p);
    result.set(name, { names: [...names].sort(), required: required.sort() });
  }
  return result;
}
