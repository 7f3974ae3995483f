/**
 * `SlackClient.uploadFiles`: bound to the generated specs of `files.getUploadURLExternal` and
 * `files.completeUploadExternal` where the client has them (typed by the complete step's
 * response), to the runtime's own specs where it does not; `files.upload` marked `@deprecated`,
 * pointing to the helper.
 */
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { docsInput } from '../helpers/pages.ts';
import { RECORDS } from '../helpers/records.ts';

const FILES = ['files.getUploadURLExternal', 'files.completeUploadExternal', 'files.upload'];

async function recordsPackage(methods: readonly string[]): Promise<Map<string, string>> {
  const pages = readPages([RECORDS]).filter((p) => methods.includes(p.stem));
  return emitPackage(resolveModel(buildModel(pages)));
}

describe('the uploadFiles helper of the client', () => {
  it("uses the generated specs and the complete step's response type where the client has both methods", async () => {
    const client = (await recordsPackage(FILES)).get('client.ts')!;
    expect(client).toContain(
      'const UPLOAD_SPECS: UploadSpecs<FilesCompleteUploadExternalResponse> = {\n  getUploadURL: filesGetUploadURLExternalSpec,\n  complete: filesCompleteUploadExternalSpec,\n};',
    );
    expect(client).toContain('): Promise<UploadFilesResult<FilesCompleteUploadExternalResponse>> {');
    expect(client).toContain(
      'return uploadFiles(this.transport, UPLOAD_SPECS, this.#options, args, options);',
    );
    expect(client).not.toContain('DEFAULT_UPLOAD_SPECS');
    expect(client).not.toContain('UploadCompleteResponse');
  });

  it("falls back on the runtime's specs and answer type for the methods the client lacks", async () => {
    const client = (await recordsPackage(['files.completeUploadExternal'])).get('client.ts')!;
    expect(client).toContain(
      'getUploadURL: DEFAULT_UPLOAD_SPECS.getUploadURL,\n  complete: filesCompleteUploadExternalSpec,',
    );
    const seed = (await emitPackage(docsInput().resolved)).get('client.ts')!;
    expect(seed).toContain('const UPLOAD_SPECS: UploadSpecs<UploadCompleteResponse> = {');
    expect(seed).toContain('complete: DEFAULT_UPLOAD_SPECS.complete,');
    expect(seed).toContain('): Promise<UploadFilesResult<UploadCompleteResponse>> {');
  });

  it('marks files.upload @deprecated, in its function and in the client, pointing to the helper', async () => {
    const files = await recordsPackage(FILES);
    const deprecated = /@deprecated Slack retired `files\.upload`[^\n]*use `client\.uploadFiles\(\)`/;
    expect(files.get('methods/files.upload.ts')).toMatch(deprecated);
    expect(files.get('client/files.ts')).toMatch(deprecated);
    expect(files.get('methods/files.completeUploadExternal.ts')).not.toContain('@deprecated');
  });
});
