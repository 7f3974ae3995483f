/** Pages of one method merge into one method, keeping where each fact came from. */
import { describe, expect, it } from 'vitest';
import { mergePages } from '../../generator/merge/merge.ts';
import { emptyMethodFacts, type PageFacts } from '../../generator/facts/page-facts.ts';
import { method } from '../helpers/pages.ts';
import { mergeSamples } from '../../generator/model/shape.ts';
import { readRecord } from '../../generator/sources/record.ts';

describe('merging seeds 000 and 003 (oauth.v2.user.access from two sources)', () => {
  const m = method('oauth.v2.user.access');

  it('names the method from the file names and lists both sources', () => {
    expect(m.sources.map((s) => [s.id, s.layout, s.nameFrom])).toEqual([
      ['docs.slack.dev/oauth.v2.user.access.txt', 'docs-site', 'file'],
      ['hexdocs/oauth.v2.user.access.txt', 'exdoc', 'file'],
    ]);
  });

  it('takes each fact from the source that states it', () => {
    expect(m.description).toBe('Exchanges a temporary OAuth verifier code for a user access token.');
    expect(m.provenance['description']).toBe('hexdocs/oauth.v2.user.access.txt');
    expect(m.rateLimit).toBe('Special');
    expect(m.contentTypes).toEqual(['application/x-www-form-urlencoded', 'application/json']);
    expect(m.provenance['contentTypes']).toBe('docs.slack.dev/oauth.v2.user.access.txt');
    expect(m.http).toEqual({ method: 'POST', url: 'https://slack.com/api/oauth.v2.user.access' });
    expect(m.provenance['http']).toBe('derived');
  });

  it('unites the arguments, typed by the page that gives types, each with both sources', () => {
    expect(m.args.map((a) => a.name)).toEqual([
      'client_id',
      'client_secret',
      'code',
      'code_verifier',
      'redirect_uri',
      'grant_type',
      'refresh_token',
    ]);
    expect(m.args.every((a) => a.type === 'string' && a.required === false && a.sources.length === 2)).toBe(
      true,
    );
    expect(m.args.find((a) => a.name === 'code')?.description).toBe(
      'The code param returned via the OAuth callback.',
    );
  });

  it('unites the errors and does not report wording that differs only in lost spaces', () => {
    expect(m.errors).toHaveLength(43);
    expect(m.errors.find((e) => e.code === 'no_user_scopes')?.sources).toHaveLength(2);
    expect(m.errors.find((e) => e.code === 'access_denied')?.sources).toEqual([
      'docs.slack.dev/oauth.v2.user.access.txt',
    ]);
    expect(m.diagnostics.filter((d) => d.code === 'merge/disagree')).toEqual([]);
    expect(m.basicAuth).toBe(true);
  });
});

describe('recovering the codes seed 002 lost', () => {
  const m = method('oauth.token');

  it('recovers every error code from its description, saying from where', () => {
    expect(m.errors.map((e) => [e.code, e.recoveredFrom])).toEqual([
      ['invalid_client_id', 'other-page'],
      ['bad_client_secret', 'other-page'],
      ['invalid_code', 'other-page'],
      ['bad_redirect_uri', 'other-page'],
      ['invalid_arg_name', 'other-page'],
      ['invalid_array_arg', 'catalog'],
      ['invalid_charset', 'other-page'],
      ['invalid_form_data', 'other-page'],
      ['invalid_post_type', 'catalog'],
      ['missing_post_type', 'other-page'],
      ['team_added_to_org', 'other-page'],
      ['request_timeout', 'other-page'],
      ['fatal_error', 'other-page'],
    ]);
    expect(m.unnamed).toEqual([]);
  });

  it('recovers both warning codes', () => {
    expect(m.warnings.map((w) => w.code)).toEqual(['missing_charset', 'superfluous_charset']);
  });

  it('reports each recovery as a diagnostic on the page', () => {
    const recovered = m.diagnostics.filter((d) => d.code === 'errors/code-recovered');
    expect(recovered).toHaveLength(13);
    expect(recovered[0]).toMatchObject({
      severity: 'info',
      file: 'api.slack.com/oauth.token.txt',
      section: 'Errors',
    });
  });
});

const page = (
  id: string,
  layout: string,
  patch: Partial<ReturnType<typeof emptyMethodFacts>>,
): PageFacts => ({
  id,
  format: 'html',
  layout,
  methods: [{ ...emptyMethodFacts(), ...patch }],
  diagnostics: [],
  guessed: false,
});

describe('merging pages that disagree', () => {
  const model = mergePages([
    {
      stem: 'chat.delete',
      facts: page('a/chat.delete.html', 'docs-site', {
        rateLimit: 'Tier 3',
        args: [
          {
            name: 'ts',
            type: 'string',
            required: true,
            description: 'Timestamp.',
            example: '1.2',
            default: null,
            enum: null,
          },
        ],
        errors: [{ code: 'message_not_found', description: 'No message.', hidden: false }],
      }),
    },
    {
      stem: 'chat.delete',
      facts: page('b/chat.delete.html', 'exdoc', {
        rateLimit: 'Tier 2',
        args: [
          {
            name: 'ts',
            type: null,
            required: false,
            description: 'Timestamp.',
            example: '1.2',
            default: null,
            enum: null,
          },
        ],
        errors: [
          { code: null, description: 'Some description nobody else has ever written.', hidden: false },
        ],
      }),
    },
  ]);
  const m = model.methods[0]!;

  it('keeps the better source and says where they disagree', () => {
    expect(m.rateLimit).toBe('Tier 3');
    expect(m.args[0]?.required).toBe(true);
    const disagreements = m.diagnostics.filter((d) => d.code === 'merge/disagree');
    expect(disagreements.map((d) => d.section)).toEqual(['rateLimit', 'Arguments']);
    expect(disagreements[0]?.message).toContain('a/chat.delete.html says "Tier 3"');
  });

  it('never invents a code for a description nothing matches', () => {
    expect(m.errors.map((e) => e.code)).toEqual(['message_not_found']);
    expect(m.unnamed).toEqual([
      {
        kind: 'error',
        description: 'Some description nobody else has ever written.',
        source: 'b/chat.delete.html',
      },
    ]);
    expect(m.diagnostics.some((d) => d.code === 'errors/code-lost' && d.severity === 'warning')).toBe(true);
  });

  it('marks an argument whose optionality no page states', () => {
    const one = mergePages([
      {
        stem: 'x.y',
        facts: page('x.y.html', 'docs-site', {
          args: [
            {
              name: 'q',
              type: 'string',
              required: null,
              description: null,
              example: null,
              default: null,
              enum: null,
            },
          ],
        }),
      },
    ]).methods[0]!;
    expect(one.args[0]).toMatchObject({ required: false, requiredUnstated: true });
  });
});

describe('merging a recorded response, read into its shape, with the docs examples', () => {
  const docs = (example: unknown) =>
    page('a/chat.delete.html', 'docs-site', { responses: [{ kind: 'success', description: null, example }] });
  const recording = (content: string) => ({
    stem: 'chat.delete',
    facts: readRecord('slack-responses/chat.delete.json', 'chat.delete', content),
  });
  const responses = (example: unknown, content: string) =>
    mergePages([{ stem: 'chat.delete', facts: docs(example) }, recording(content)]).methods[0]!.responses;

  it('keeps a recording whose body is the same as a docs example once, as the docs example', () => {
    expect(responses({ ok: true }, '{"ok": false, "error": ""}').map((r) => r.source)).toEqual([
      'a/chat.delete.html',
    ]);
  });

  it('keeps a recording whose body differs, with its shape and no body', () => {
    const [, r] = responses({ ok: true }, '{"ok": false, "ts": "0"}');
    expect(r).toEqual({
      kind: 'success',
      description: 'Recorded response (anonymised, merged).',
      example: null,
      observed: true,
      shape: mergeSamples([{ ok: true, ts: '0' }]),
      source: 'slack-responses/chat.delete.json',
    });
  });
});
