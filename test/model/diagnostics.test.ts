/** Each diagnostic, on a page made to trigger it: stable code, severity, file, section, a sentence. */
import { describe, expect, it } from 'vitest';
import type { PageFile } from '../../generator/input/read-pages.ts';
import type { Diagnostic } from '../../generator/model/diagnostics.ts';
import { buildModel } from '../../generator/pipeline.ts';

const page = (id: string, content: string, format: 'html' | 'text' = 'html'): PageFile => ({
  id,
  stem: id.replace(/^.*\//, '').replace(/\.(html|txt)$/, ''),
  format,
  content,
});

function diagnosticsOf(...pages: PageFile[]): Diagnostic[] {
  const model = buildModel(pages);
  return [...model.diagnostics, ...model.methods.flatMap((m) => m.diagnostics)];
}

const find = (ds: Diagnostic[], code: string) => ds.find((d) => d.code === code);

const ERRORS =
  '<h2>Errors</h2><table><tr><th>Error</th><th>Description</th></tr><tr><td><code>not_authed</code></td><td>No token.</td></tr></table>';

describe('diagnostics', () => {
  it('reports a page with no arguments section', () => {
    const d = find(
      diagnosticsOf(
        page('team.info.html', `<h1>team.info</h1><p>Gets information about the team.</p>${ERRORS}`),
      ),
      'page/no-arguments-section',
    );
    expect(d).toMatchObject({ severity: 'warning', file: 'team.info.html', section: 'Arguments' });
    expect(d?.message).toMatch(/No arguments section was found/);
  });

  it('reports an argument table with no name column', () => {
    const html =
      '<h1>team.info</h1><p>Gets the team.</p><h2>Arguments</h2><table><tr><th>Type</th><th>Description</th></tr><tr><td>string</td><td>A team.</td></tr></table>';
    expect(find(diagnosticsOf(page('team.info.html', html)), 'args/no-name-column')).toMatchObject({
      severity: 'warning',
      section: 'Arguments',
    });
  });

  it('reports an argument listed twice and keeps the first', () => {
    const html =
      '<h1>team.info</h1><p>Gets the team.</p><h2>Arguments</h2><table><tr><th>Argument</th><th>Type</th><th>Description</th></tr>' +
      '<tr><td><code>team</code></td><td>string</td><td>First.</td></tr><tr><td><code>team</code></td><td>integer</td><td>Second.</td></tr></table>';
    const model = buildModel([page('team.info.html', html)]);
    expect(model.methods[0]?.args).toEqual([
      expect.objectContaining({ name: 'team', type: 'string', description: 'First.' }),
    ]);
    expect(find(model.methods[0]!.diagnostics, 'args/duplicate')?.message).toBe(
      'The argument team is listed twice; the first listing is kept.',
    );
  });

  it('reports an error code that is not an identifier, and keeps it as written', () => {
    const html =
      '<h1>team.info</h1><p>Gets the team.</p><h2>Arguments</h2><p>None.</p><h2>Errors</h2><table><tr><th>Error</th><th>Description</th></tr>' +
      '<tr><td><code>team-not-found</code></td><td>No such team.</td></tr></table>';
    const model = buildModel([page('team.info.html', html)]);
    expect(model.methods[0]?.errors.map((e) => e.code)).toEqual(['team-not-found']);
    expect(find(model.methods[0]!.diagnostics, 'codes/not-identifier')).toMatchObject({
      severity: 'warning',
      section: 'Errors',
    });
  });

  it('reports an example that is not JSON, and one that was recovered', () => {
    const html =
      '<h1>team.info</h1><p>Gets the team.</p><h2>Example responses</h2><pre>curl https://slack.com/api/team.info</pre><pre>{"ok": true, "team": {"id": "T1"</pre>';
    const ds = diagnosticsOf(page('team.info.html', html));
    expect(find(ds, 'responses/not-json')).toMatchObject({
      severity: 'warning',
      section: 'Example responses',
    });
    expect(find(ds, 'responses/json-recovered')).toMatchObject({
      severity: 'warning',
      section: 'Example responses',
    });
  });

  it('reports a page whose method cannot be determined', () => {
    const d = find(
      diagnosticsOf(page('notes/readme.txt', 'Arguments\nchannelstringRequiredThe channel.\n', 'text')),
      'page/no-method-name',
    );
    expect(d).toMatchObject({ severity: 'warning', file: 'notes/readme.txt' });
    expect(d?.message).toContain('name the file after the method');
  });

  it('reports sources that disagree, naming both', () => {
    const a = page(
      'docs.slack.dev/team.info.html',
      '<h1>team.info</h1><p>Gets the team.</p><h3>Rate limits</h3><p>Tier 3</p>' + ERRORS,
    );
    const b = page(
      'api.slack.com/team.info.txt',
      'Gets the team.\nRate limit: Tier 4\nErrors\nnot_authedNo token.\n',
      'text',
    );
    const d = find(diagnosticsOf(a, b), 'merge/disagree');
    expect(d).toMatchObject({
      severity: 'warning',
      file: 'api.slack.com/team.info.txt',
      section: 'rateLimit',
    });
    expect(d?.message).toContain('docs.slack.dev/team.info.html says "Tier 3"');
  });

  it('reports a text page whose lines carry line numbers', () => {
    const ds = diagnosticsOf(
      page(
        'team.info.txt',
        'team.info\nGets the team.\nExample responses\n{"ok": true,\n"team": {\n',
        'text',
      ),
    );
    expect(find(ds, 'responses/json-recovered')?.line).toBe(4);
  });
});
