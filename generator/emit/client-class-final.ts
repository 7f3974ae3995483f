/**
 * `SlackClient` in prettier's final form, so client.ts needs no formatter: its family members
 * and constructor follow the methods' families; its own methods are the same in every client
 * (test/emit/final-form.test.ts holds the whole to prettier's output). `null` (prettier's then)
 * where a family's member name needs quotes or a line would not fit.
 */
import { codeFits, docLines, fits } from './final-layout.ts';

/** `paginate`, `items` and `apiCall`, as prettier lays out the structures client-file.ts and api-call.ts build. */
const FIXED_METHODS = `  /** The pages of a method that pages with \`cursor\`, following \`response_metadata.next_cursor\` until it is empty. */
  paginate<M extends keyof PaginatedMethods>(
    method: M,
    args: PaginatedMethods[M]['args'],
    options: PaginateOptions = {},
  ): AsyncGenerator<PaginatedMethods[M]['response'], void, undefined> {
    return paginatePages(this.transport, PAGINATED[method], args, options);
  }

  /** The items of a paginated method's pages, one by one (\`channels\` of \`conversations.list\`). */
  items<M extends keyof PaginatedMethods>(
    method: M,
    args: PaginatedMethods[M]['args'],
    options: PaginateOptions = {},
  ): AsyncGenerator<PaginatedMethods[M]['item'], void, undefined> {
    return paginateItems<PaginatedMethods[M]['response'], PaginatedMethods[M]['item']>(
      this.transport,
      PAGINATED[method],
      args,
      options,
    );
  }

  /** Calls a Web API method by name: typed for the methods this client knows, and accepted untyped for a newer one (sent as a form post, with the same auth, retries and errors). */
  apiCall<M extends string>(
    method: M,
    ...[args, options]: ApiCallParameters<M>
  ): Promise<ApiCallResponse<M>> {
    // A name is sent as a path segment: only the shape of a method name may go out.
    if (!/^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9_]*)+$/.test(method))
      return Promise.reject(new TypeError(\`Not a Web API method name: \${JSON.stringify(method)}\`));
    const spec = Object.hasOwn(SPECS, method) ? SPECS[method]! : { method, json: false, write: true };
    return this.transport.call(spec, args ?? {}, options) as Promise<ApiCallResponse<M>>;
  }`;

const CLOSE = `  /** Closes the client's connections. */
  close(): Promise<void> {
    return this.transport.close();
  }`;

export interface ClientFamilyMember {
  /** The member's name on the client (`chat`, `calls_`). */
  name: string;
  factory: string;
  doc: string;
}

function memberLines(members: readonly ClientFamilyMember[]): string[] {
  return [
    '  /** Sends the calls; shared by every method of this client. */',
    '  readonly transport: SlackTransport;',
    '  /** The options the client was made with (the upload helper reads them). */',
    '  readonly #options: ClientOptions;',
    ...members.flatMap((m) => [
      `  /** ${m.doc} */`,
      `  readonly ${m.name}: ReturnType<typeof ${m.factory}>;`,
    ]),
  ];
}

function constructorLines(members: readonly ClientFamilyMember[]): string[] {
  return [
    '  constructor(options: ClientOptions = {}) {',
    '    this.transport = new SlackTransport(warningsOncePerMethod(options));',
    '    this.#options = options;',
    ...members.map((m) => `    this.${m.name} = ${m.factory}(this.transport);`),
    '  }',
  ];
}

/** `uploadFiles`: its signature on one line where it fits, else its parameters one a line. */
function uploadFilesLines(docs: readonly string[], returnType: string): string[] | null {
  const doc = docLines(docs, '  ');
  if (doc === null) return null;
  const params = ['args: UploadFilesArguments', 'options: CallOptions = {}'];
  const one = `  uploadFiles(${params.join(', ')}): ${returnType} {`;
  const signature = fits(one)
    ? [one]
    : ['  uploadFiles(', ...params.map((p) => `    ${p},`), `  ): ${returnType} {`];
  return [
    ...doc,
    ...signature,
    '    return uploadFiles(this.transport, UPLOAD_SPECS, this.#options, args, options);',
    '  }',
  ];
}

export function clientClassText(
  docs: readonly string[],
  members: readonly ClientFamilyMember[],
  upload: { docs: readonly string[]; returnType: string },
): string | null {
  if (members.some((m) => !/^[A-Za-z_$][\w$]*$/.test(m.name))) return null;
  const uploadLines = uploadFilesLines(upload.docs, upload.returnType);
  const doc = docLines(docs, '');
  if (uploadLines === null || doc === null) return null;
  const lines = [
    ...doc,
    'export class SlackClient {',
    ...memberLines(members),
    '',
    ...constructorLines(members),
    '',
    FIXED_METHODS,
    '',
    ...uploadLines,
    '',
    CLOSE,
    '}',
  ];
  return codeFits(lines) ? lines.join('\n') : null;
}
