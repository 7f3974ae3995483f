import type { Method } from '../../generator/model/types.ts';

/** A method of the model that states nothing but its name: tests patch in what they are about. */
export function emptyMethod(name: string): Method {
  return {
    name,
    description: null,
    http: { method: 'POST', url: `https://slack.com/api/${name}` },
    contentTypes: [],
    rateLimit: null,
    scopes: { bot: [], user: [] },
    deprecated: false,
    args: [],
    argGroups: [],
    responses: [],
    errors: [],
    warnings: [],
    unnamed: [],
    notes: [],
    responseFields: [],
    responseSchema: null,
    docUrl: '',
    basicAuth: false,
    sources: [],
    provenance: {},
    diagnostics: [],
  };
}
