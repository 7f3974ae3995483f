/** The files that make `generated/` a package of its own: manifest, compiler settings, entry point. */
import type { Method } from '../model/types.ts';

export const PACKAGE_NAME = 'slack-web-api-typed';

export function packageJson(): string {
  const manifest = {
    name: PACKAGE_NAME,
    version: '0.1.0',
    description: 'A typed Slack Web API client, generated from the Slack reference pages.',
    type: 'module',
    exports: { '.': { types: './index.ts', default: './index.ts' } },
    engines: { node: '>=20.18.1' },
    dependencies: { undici: '^7.30.2' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    },
    include: ['**/*.ts'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function indexTs(methods: readonly Method[], hasShared: boolean): string {
  const lines = [
    '// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.',
    "export * from './runtime/index.js';",
    "export { SlackClient } from './client.js';",
    ...(hasShared ? ["export type * from './shared.js';"] : []),
    ...methods.map((m) => `export * from './methods/${m.name}.js';`),
  ];
  return `${lines.join('\n')}\n`;
}
