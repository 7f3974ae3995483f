/**
 * `client.uploadFiles(args)`: the runtime's upload helper (templates/runtime/upload.ts) bound to
 * the client, with the generated specs of `files.getUploadURLExternal` and
 * `files.completeUploadExternal` where the client has them (their tier, their response type),
 * and the runtime's own specs where it does not.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type MethodDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';
import type { Method } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { specName } from './method-file.ts';
import { responseTypeName } from './response-type.ts';

const GET_URL = 'files.getUploadURLExternal';
const COMPLETE = 'files.completeUploadExternal';

function find(methods: readonly Method[], name: string): Method | undefined {
  return methods.find((m) => m.name === name);
}

/** The type of the complete step's answer: the generated response, or the runtime's general one. */
function completeType(methods: readonly Method[]): string {
  const complete = find(methods, COMPLETE);
  return complete ? responseTypeName(complete) : 'UploadCompleteResponse';
}

/** What client.ts imports from the runtime for the helper. */
export function uploadRuntimeImports(
  methods: readonly Method[],
): (string | { name: string; isTypeOnly: true })[] {
  const both = find(methods, GET_URL) && find(methods, COMPLETE);
  return [
    ...(both ? [] : ['DEFAULT_UPLOAD_SPECS']),
    'uploadFiles',
    ...(find(methods, COMPLETE) ? [] : [{ name: 'UploadCompleteResponse', isTypeOnly: true as const }]),
    { name: 'UploadFilesArguments', isTypeOnly: true },
    { name: 'UploadFilesResult', isTypeOnly: true },
    { name: 'UploadSpecs', isTypeOnly: true },
  ];
}

/** `UPLOAD_SPECS`: the specs the helper calls. */
export function uploadSpecsStatements(methods: readonly Method[]): StatementStructures[] {
  const spec = (name: string, key: string) => {
    const m = find(methods, name);
    return m ? specName(m) : `DEFAULT_UPLOAD_SPECS.${key}`;
  };
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: 'UPLOAD_SPECS',
          type: `UploadSpecs<${completeType(methods)}>`,
          initializer: `{ getUploadURL: ${spec(GET_URL, 'getUploadURL')}, complete: ${spec(COMPLETE, 'complete')} }`,
        },
      ],
    },
  ];
}

/** The `uploadFiles` method of `SlackClient`. */
export function uploadFilesMethod(methods: readonly Method[]): MethodDeclarationStructure {
  return {
    kind: StructureKind.Method,
    name: 'uploadFiles',
    docs: [
      docComment(
        [
          "Uploads one file or several and shares them in one message, as Slack asks since it retired `files.upload` (the official SDK's `filesUploadV2`):",
          'for each file `files.getUploadURLExternal` and the bytes POSTed to the URL it returns, then one `files.completeUploadExternal`.',
          'A file is a path, bytes, a Blob or a stream; paths and streams of a given `length` are sent as they are read, a stream without one is read into memory first.',
          'A failed upload throws a `SlackUploadError` and completes nothing; the API calls throw as any call does.',
        ].join(' '),
        [['see', 'https://docs.slack.dev/messaging/working-with-files#uploading_files']],
      ),
    ],
    parameters: [
      { name: 'args', type: 'UploadFilesArguments' },
      { name: 'options', type: 'CallOptions', initializer: '{}' },
    ],
    returnType: `Promise<UploadFilesResult<${completeType(methods)}>>`,
    statements: ['return uploadFiles(this.transport, UPLOAD_SPECS, this.#options, args, options);'],
  };
}
