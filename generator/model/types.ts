/**
 * The intermediate model: the contract between reading pages and emitting code.
 *
 * Everything here is plain JSON (no classes, no Maps) so that `--model-out` can dump it and
 * tools outside the generator can read it. Field names are part of that contract. The one
 * exception, the shape a recorded response is read into, is left out of that JSON.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { Shape } from './shape.ts';

/** The argument types a page can state; `null` in {@link Arg.type} when the page gives none. */
export type ArgType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/**
 * A precise type, where a source gives one (the structured records do): unions, array items,
 * object properties, and references to the shared objects of the docs (`message`, `channel`).
 */
export type TypeNode =
  | {
      kind: 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'unknown';
      enum?: (string | number | boolean)[];
      description?: string;
    }
  /** A file upload (sent as multipart form data). */
  | { kind: 'file'; description?: string }
  | { kind: 'object'; properties: PropertyNode[]; additional: boolean; description?: string }
  | { kind: 'array'; items: TypeNode; description?: string }
  | { kind: 'union'; options: TypeNode[]; description?: string }
  /** A shared object the docs name but do not define here (`message`, `conversation`). */
  | { kind: 'ref'; name: string; description?: string }
  /** An object keyed by IDs (`{ [userId]: … }`): a record, not an interface with guessed keys. */
  | { kind: 'map'; values: TypeNode; description?: string }
  /**
   * A type of the Slack SDK's own `@slack/types` package, by the name it exports (`KnownBlock`,
   * `MessageAttachment`, `View`, `MessageMetadata`): Block Kit and its kin, which the generated
   * package imports (`import type`) and never declares. Only the resolve stage puts these in a
   * model (generator/resolve/ecosystem-types.ts, from the catalog generator/catalog/ecosystem-types.ts):
   * in arguments' `schema` and in the message objects of responses and shared objects.
   */
  | { kind: 'ecosystem'; name: string; description?: string };

/** An object type: what a response, and the fields of a shared object, always are. */
export type ObjectNode = Extract<TypeNode, { kind: 'object' }>;

export interface PropertyNode {
  name: string;
  type: TypeNode;
  required: boolean;
  description?: string;
}

/** Where a fact came from: the page file (relative to its input folder) and its layout. */
export interface SourceRef {
  /** Stable id of the page: its path relative to the input folder, with `/` separators. */
  id: string;
  /** The layout the reader recognised, e.g. `docs-site`, `api-site`, `exdoc`, `legacy-table`. */
  layout: string;
  /** `html` or `text`. */
  format: 'html' | 'text' | 'record';
  /** How the method name was found: on the page, in the HTTP URL, or from the file name. */
  nameFrom: 'page' | 'url' | 'file';
}

export interface HttpFacts {
  /** HTTP verb, upper case (`POST`). */
  method: string;
  /** Absolute URL of the method (`https://slack.com/api/chat.postMessage`). */
  url: string;
}

export interface Scopes {
  bot: string[];
  user: string[];
}

export interface Arg {
  name: string;
  /** The type the page states, normalised; `null` when no page gives one. */
  type: ArgType | null;
  /** When the type word the page uses is not one of {@link ArgType} (e.g. `Token`), the original. */
  typeText?: string;
  required: boolean;
  /** `true` when no source said whether the argument is required (then `required` is `false`). */
  requiredUnstated?: boolean;
  description: string | null;
  /** Exactly as the page shows it. */
  example: string | null;
  /** Exactly as the page shows it. */
  default: string | null;
  /** Accepted values, when the page lists them. */
  enum: string[] | null;
  /**
   * The precise type, when a source gives more than a type word (unions, array items). In a
   * resolved model, where the catalog knows the argument for a type of `@slack/types` (`blocks`:
   * `KnownBlock[]`), that type, with `string` beside it where the docs accept the JSON text
   * (generator/resolve/ecosystem-types.ts).
   */
  schema?: TypeNode;
  /** The shared object the docs name for this argument (`channel`, `user_id`). */
  ref?: string;
  /** The docs call it JSON-encoded (blocks, attachments): callers pass the structured value. */
  jsonEncoded?: boolean;
  /**
   * Set by the resolve stage where the docs describe a comma-separated list: callers pass a
   * string or an array, and an array goes out comma-joined (generator/resolve/comma-lists.ts).
   */
  commaList?: true;
  /** Ids of the sources that document this argument. */
  sources: string[];
}

/**
 * Arguments of which exactly one (`one-of`: the docs say only one, "exactly one of") or at least
 * one (`at-least-one-of`: "either `a` or `b` is required") must be given.
 */
export interface ArgGroup {
  kind: 'one-of' | 'at-least-one-of';
  args: string[];
  /**
   * Members that count only with this value ("required unless you set `org_wide=true`":
   * `{ org_wide: true }`); the others count whenever they are given.
   */
  when?: Record<string, string | number | boolean>;
  /** Ids of the sources that state the group; `catalog` when no source does and generator/catalog/arg-groups.ts gives it. */
  sources: string[];
  /** Where the docs state a group the sources of the run do not (catalog groups). */
  docUrl?: string;
}

export interface ResponseExample {
  kind: 'success' | 'error';
  description: string | null;
  /** The parsed JSON value, or what could be recovered from broken JSON (see `recovered`). */
  example: unknown;
  /** `true` when the JSON on the page was not valid and `example` was recovered from it. */
  recovered?: boolean;
  /** The text as the page shows it, kept when it was not valid JSON. */
  raw?: string;
  /** A recorded real response (not an example from the docs): it adds fields, never requires them. */
  observed?: boolean;
  /**
   * A recorded response read from its file: the shape it shows, reduced as it was read (its
   * `example` is then `null`; a model made otherwise may give the body instead). Not in the
   * model's JSON (see ./shape.ts `unwritten`).
   */
  shape?: Shape;
  source: string;
}

export interface ErrorCode {
  code: string;
  description: string | null;
  hidden: boolean;
  /**
   * Set when the page lost the code and it was recovered from the description: how
   * (`other-page`: a page of this run documents the same description; `catalog`: the catalog of
   * Slack's common errors).
   */
  recoveredFrom?: 'other-page' | 'catalog';
  sources: string[];
}

export interface Warning {
  code: string;
  description: string | null;
  recoveredFrom?: 'other-page' | 'catalog';
  sources: string[];
}

/** An error or warning row whose code could not be read nor recovered: kept, never invented. */
export interface UnnamedEntry {
  kind: 'error' | 'warning';
  description: string;
  source: string;
}

/** Prose that changes how a caller must call the method. */
export interface Note {
  /** `basic-auth`: client credentials may go in HTTP Basic auth; `content-type`: what bodies are accepted; `usage`: other rules. */
  kind: 'basic-auth' | 'content-type' | 'usage';
  text: string;
  source: string;
}

/** A documented field of the success response ("field guide"); `path` uses `.` between keys. */
export interface ResponseField {
  path: string;
  description: string;
  source: string;
}

/** Which source gave each method-level fact (`description`, `http`, `rateLimit`, …). */
export type Provenance = Record<string, string>;

export interface Method {
  name: string;
  description: string | null;
  http: HttpFacts;
  contentTypes: string[];
  /** As the page words it: `Tier 1`…`Tier 4` or `Special`; `null` when no page says. */
  rateLimit: string | null;
  scopes: Scopes;
  deprecated: boolean;
  args: Arg[];
  argGroups: ArgGroup[];
  responses: ResponseExample[];
  errors: ErrorCode[];
  warnings: Warning[];
  unnamed: UnnamedEntry[];
  notes: Note[];
  responseFields: ResponseField[];
  /** The success response's type where a source defines it (the records' output schema). */
  responseSchema: TypeNode | null;
  /** The reference page of the method on the site of its best source. */
  docUrl: string;
  /** `true` when the docs say client_id/client_secret may be sent with HTTP Basic auth. */
  basicAuth: boolean;
  sources: SourceRef[];
  provenance: Provenance;
  diagnostics: Diagnostic[];
}

export interface Model {
  methods: Method[];
  /** Diagnostics that belong to no single method (unreadable files, pages with no method). */
  diagnostics: Diagnostic[];
}

/**
 * What the resolve stage (generator/resolve/resolve-model.ts) works out once from a method's facts,
 * so that the emitter, the fidelity measure and the change report all read the same types and
 * none infers them again.
 */
export interface MethodResolution {
  /**
   * The success response's type: the output schema (`responseSchema`), completed by the docs'
   * success examples, then by recorded responses (which only ever add optional fields, marked as
   * observed); from the examples alone where there is no schema; an open object with no
   * properties where neither says anything. Always an object (of a union, its object member).
   * The `blocks`, `attachments` and `metadata` of the messages in it are the types of
   * `@slack/types` (generator/resolve/ecosystem-types.ts), so a message read can be sent back.
   */
  response: ObjectNode;
  /** What `response` was made from: whether a schema, and how many of the docs' success examples (not recordings). */
  responseFrom: { schema: boolean; examples: number };
  /** `true` when the method pages with `cursor` (the client then iterates its pages and items). */
  paginated: boolean;
  /** The response field that holds a paginated method's items: its first top-level array other than `response_metadata`; `null` when it does not page or has no such field. */
  itemsKey: string | null;
  /** The type of one item: the element type of the array members of `itemsKey` (a union when several); `null` when `itemsKey` is. */
  itemType: TypeNode | null;
  /**
   * `true` when the method may change something (generator/resolve/method-effect.ts: by the word
   * its name starts with; any word not known to read counts as a write); absent on reads. The
   * runtime retries a write that may have reached Slack only when the caller opts in.
   */
  write?: true;
  /**
   * What a test double checks of a call the way Slack does, as the docs state it
   * (generator/resolve/call-checks.ts); absent when there is nothing to say.
   */
  checks?: CallChecks;
}

/** The checks the docs imply for a call: every member absent when the docs give nothing for it. */
export interface CallChecks {
  /** `true` when the method takes no token (no `token` argument, no scopes: the OAuth exchanges). */
  tokenless?: true;
  /** By required argument: the code the method documents for leaving it out. */
  missing?: Record<string, string>;
  /** By argument group (its arguments joined with `,`): the code the method documents for breaking it. */
  groups?: Record<string, string>;
  /** The code the method documents for missing or invalid arguments in general (`missing_argument`). */
  invalid?: string;
  /** Arguments whose wire form is unambiguous: an `integer`, a `number`, or `json` (an object or array sent as JSON text). */
  wire?: Record<string, WireKind>;
  /** Arguments the docs call JSON-encoded that a plain string also fills (`blocks`): read as JSON where they parse. */
  jsonText?: string[];
}

export type WireKind = 'integer' | 'number' | 'json';

export interface ResolvedMethod extends Method {
  resolved: MethodResolution;
}

/** A shared object the docs name (`message`, `conversation`) but do not define; those of object kind are declared once in the package. */
export interface SharedObject {
  /** The name the docs use (`message`, `team-summary`). */
  name: string;
  /** What the package types it as (generator/catalog/shared-objects.ts): an open object, or a `string` (IDs) or `unknown[]`. */
  kind: 'object' | 'string' | 'array';
  /**
   * Its type as recorded responses show it where a documented schema names it (every field
   * optional and marked observed); `null` when no recording shows it. The declaration stays open
   * either way: any other field reads as `unknown`. The `message` object's `blocks`,
   * `attachments` and `metadata` are the types of `@slack/types`, like the messages of responses.
   */
  observed: TypeNode | null;
}

/** A model after the resolve stage: the only kind the emitter takes (generator/emit/emit-package.ts). */
export interface ResolvedModel extends Model {
  methods: ResolvedMethod[];
  /**
   * By name: every shared object of object kind that an argument or a resolved response names,
   * and any other that recordings show where a documented schema names it.
   */
  shared: SharedObject[];
  /**
   * Slack's common errors (generator/catalog/common-errors.ts), sorted by code: any method may
   * answer with them, so every method's code type admits them; the package declares them once.
   */
  commonErrors: CommonError[];
}

/** An error code every method may return, with the description the docs give it. */
export interface CommonError {
  code: string;
  description: string;
}
