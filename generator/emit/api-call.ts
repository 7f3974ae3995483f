/**
 * `client.apiCall(name, args)`: any method by name, for methods newer than the generated code.
 * A name the client knows is typed by the map of methods (its arguments, its response); any
 * other name is sent as a form post with the same auth, retries and errors, its answer untyped.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type MethodDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';
import type { Method } from '../model/types.ts';
import { argsTypeName } from './args-type.ts';
import { withFinalText } from './final-form.ts';
import { docLines } from './final-layout.ts';
import { typeMapText } from './final-maps.ts';
import { specName } from './method-file.ts';
import { responseTypeName } from './response-type.ts';

/** `SlackMethods`, the parameters and answer of `apiCall` by name, and `SPECS`, the specs by name. */
export function methodMapStatements(methods: readonly Method[]): StatementStructures[] {
  const members = (m: Method) => [`args: ${argsTypeName(m)}`, `response: ${responseTypeName(m)}`];
  const docs = ['Every method this client knows, by name: its arguments and its response.'];
  return [
    withFinalText(
      {
        kind: StructureKind.TypeAlias,
        name: 'SlackMethods',
        isExported: true,
        docs,
        type: `{\n${methods.map((m) => `${JSON.stringify(m.name)}: { ${members(m).join('; ')} }`).join(';\n')}\n}`,
      },
      typeMapText(
        docs,
        'SlackMethods',
        methods.map((m) => [m.name, members(m)]),
      ),
    ),
    ...apiCallTypes(),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: 'SPECS',
          type: 'Readonly<Record<string, MethodSpec<unknown, unknown>>>',
          initializer: `{\n${methods.map((m) => `${JSON.stringify(m.name)}: ${specName(m)}`).join(',\n')}\n}`,
        },
      ],
    },
  ];
}

const API_CALL_PARAMETERS = `M extends keyof SlackMethods
  ? {} extends SlackMethods[M]['args']
    ? [args?: SlackMethods[M]['args'], options?: CallOptions]
    : [args: SlackMethods[M]['args'], options?: CallOptions]
  : [args?: Record<string, unknown>, options?: CallOptions]`;
const API_CALL_RESPONSE = `M extends keyof SlackMethods ? SlackMethods[M]['response'] : { ok: true; [field: string]: unknown }`;

/**
 * `apiCall`'s parameters and answer by name: the same for every client, written in prettier's
 * layout (the conditional types break one branch a line; test/emit/final-form.test.ts holds them to it).
 */
function apiCallTypes(): StatementStructures[] {
  const parametersDocs = [
    "`apiCall`'s arguments and options: required where the method has a required argument, an untyped record for a name the client does not know.",
  ];
  const responseDocs = [
    "`apiCall`'s answer: the method's response type, or an `ok: true` object of unknown fields for a name the client does not know.",
  ];
  const head = (name: string) => `type ${name}<M extends string> =`;
  const typeAlias = (name: string, docs: string[], type: string, text: string[]) =>
    withFinalText(
      {
        kind: StructureKind.TypeAlias,
        name,
        typeParameters: [{ name: 'M', constraint: 'string' }],
        docs,
        type,
      },
      [...(docLines(docs, '') ?? []), ...text].join('\n'),
    );
  return [
    typeAlias('ApiCallParameters', parametersDocs, API_CALL_PARAMETERS, [
      `${head('ApiCallParameters')} ${API_CALL_PARAMETERS};`,
    ]),
    typeAlias('ApiCallResponse', responseDocs, API_CALL_RESPONSE, [
      `${head('ApiCallResponse')} M extends keyof SlackMethods`,
      "  ? SlackMethods[M]['response']",
      '  : { ok: true; [field: string]: unknown };',
    ]),
  ];
}

/** The `apiCall` method of `SlackClient`. */
export function apiCallMethod(): MethodDeclarationStructure {
  return {
    kind: StructureKind.Method,
    name: 'apiCall',
    docs: [
      [
        'Calls a Web API method by name: typed for the methods this client knows, and accepted untyped for a newer one',
        '(sent as a form post, with the same auth, retries and errors).',
      ].join(' '),
    ],
    typeParameters: [{ name: 'M', constraint: 'string' }],
    parameters: [
      { name: 'method', type: 'M' },
      { name: '...[args, options]', type: 'ApiCallParameters<M>' },
    ],
    returnType: 'Promise<ApiCallResponse<M>>',
    statements: [
      '// A name is sent as a path segment: only the shape of a method name may go out.',
      `if (!/^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9_]*)+$/.test(method)) return Promise.reject(new TypeError(\`Not a Web API method name: \${JSON.stringify(method)}\`));`,
      'const spec = Object.hasOwn(SPECS, method) ? SPECS[method]! : { method, json: false, write: true };',
      'return this.transport.call(spec, args ?? {}, options) as Promise<ApiCallResponse<M>>;',
    ],
  };
}
