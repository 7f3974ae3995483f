/**
 * Page facts: what one page says about the methods it documents, before merging.
 * A fact a page does not state is `null` (never a guessed default): the merge decides.
 */
import { createHash } from 'node:crypto';
import { MAX_LIST_ENTRIES } from '../input/limits.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { diagnostic } from '../model/diagnostics.ts';
import type {
  Arg,
  ArgGroup,
  ErrorCode,
  HttpFacts,
  Note,
  ResponseExample,
  ResponseField,
  Scopes,
  TypeNode,
} from '../model/types.ts';

/** An argument as one page states it: the model's {@link Arg}, but whether it is required may be unstated (`null`). */
export type ArgFact = Omit<Arg, 'required' | 'requiredUnstated' | 'sources'> & { required: boolean | null };

export type ArgGroupFact = Omit<ArgGroup, 'sources' | 'docUrl'>;

/** `kind:args:when`, the same for the same group however its members are ordered. */
export function groupKey(g: ArgGroupFact): string {
  return `${g.kind}:${[...g.args].sort().join()}:${JSON.stringify(g.when ?? {})}`;
}

/** Each group once, in the order first stated. */
export function uniqueGroups(groups: readonly ArgGroupFact[]): ArgGroupFact[] {
  const seen = new Set<string>();
  return groups.filter((g) => !seen.has(groupKey(g)) && Boolean(seen.add(groupKey(g))));
}

/**
 * An example or recorded response as one page states it. A recording, read into its shape
 * (its body not kept), carries the digest of its body instead: the merge keeps each body once.
 */
export type ResponseFact = Omit<ResponseExample, 'source'> & { digest?: string };

/** The same for the same response body (its JSON), and short however large the body. */
export function bodyDigest(example: unknown): string {
  return createHash('sha256')
    .update(String(JSON.stringify(example)))
    .digest('base64');
}

/** An error or warning row; `code` is `null` when the page lost it (its description is kept: the merge may recover the code). */
export type CodeFact = Pick<ErrorCode, 'description' | 'hidden'> & { code: string | null };

export interface MethodFacts {
  /** `null` when neither the page nor its URL names the method (the file name decides). */
  name: string | null;
  nameFrom: 'page' | 'url' | 'file';
  description: string | null;
  http: HttpFacts | null;
  contentTypes: string[] | null;
  rateLimit: string | null;
  scopes: Scopes | null;
  deprecated: boolean | null;
  args: ArgFact[] | null;
  argGroups: ArgGroupFact[];
  responses: ResponseFact[];
  errors: CodeFact[] | null;
  warnings: CodeFact[] | null;
  notes: Omit<Note, 'source'>[];
  responseFields: Omit<ResponseField, 'source'>[];
  responseSchema: TypeNode | null;
}

export interface PageFacts {
  /** Page id: path relative to its input folder. */
  id: string;
  format: 'html' | 'text' | 'record';
  layout: string;
  methods: MethodFacts[];
  diagnostics: Diagnostic[];
  /** `true` when some glued text was split by a fallback guess that more knowledge may improve. */
  guessed: boolean;
}

export function emptyMethodFacts(): MethodFacts {
  return {
    name: null,
    nameFrom: 'file',
    description: null,
    http: null,
    contentTypes: null,
    rateLimit: null,
    scopes: null,
    deprecated: null,
    args: null,
    argGroups: [],
    responses: [],
    errors: null,
    warnings: null,
    notes: [],
    responseFields: [],
    responseSchema: null,
  };
}

/** The lists merged (and emitted) entry by entry, with the section they come from and what an entry is called. */
const CAPPED = [
  ['args', 'Arguments', 'arguments'],
  ['errors', 'Errors', 'error codes'],
  ['warnings', 'Warnings', 'warning codes'],
  ['notes', 'Notes', 'notes'],
  ['responseFields', 'Field guide', 'response fields'],
  ['argGroups', 'Arguments', 'argument groups'],
] as const;

/** Keeps each list of `facts` within `MAX_LIST_ENTRIES`, saying which were cut short. */
export function capLists(facts: MethodFacts, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, section, what] of CAPPED) {
    const list = facts[key] as unknown[] | null;
    if (!list || list.length <= MAX_LIST_ENTRIES) continue;
    out.push(
      diagnostic(
        'warning',
        'page/too-many',
        file,
        section,
        `The page gives ${facts.name ?? 'the method'} ${list.length} ${what}, more than the ${MAX_LIST_ENTRIES} a page may give; only the first ${MAX_LIST_ENTRIES} were read.`,
      ),
    );
    list.length = MAX_LIST_ENTRIES;
  }
  return out;
}
