/**
 * File uploads the way Slack takes them since `files.upload` retired: `files.getUploadURLExternal`
 * answers with an `upload_url` on the double itself (`<origin>/_mock/upload/<file id>`, the origin
 * the call came to: the loopback server, or Slack's own host in-process), the bytes POSTed there
 * are counted and answered `OK - <length>` as Slack answers them, and `files.completeUploadExternal`
 * answers from its docs. `client.uploadFiles` can so be tested end to end.
 */
import type { RawRequest } from './decode.js';
import type { MockReply } from './reply.js';

const UPLOAD_PATH = '/_mock/upload/';

export function isUpload(path: string): boolean {
  return path.startsWith(UPLOAD_PATH);
}

/** The file id an upload URL names. */
export function uploadedFileId(path: string): string {
  return (path.slice(UPLOAD_PATH.length).split('?')[0] ?? '').replace(/[^A-Za-z0-9]/g, '');
}

/** The example's `upload_url` and `file_id` replaced by an upload URL on the double, for a new file id. */
export function withUploadUrl(
  example: Readonly<Record<string, unknown>>,
  origin: string | undefined,
  fileId: string,
): Record<string, unknown> {
  if (!('upload_url' in example)) return { ...example };
  const base = (origin ?? 'https://files.slack.com').replace(/\/+$/, '');
  return { ...example, upload_url: `${base}${UPLOAD_PATH}${fileId}`, file_id: fileId };
}

/** How many bytes an upload carried. */
export function uploadedBytes(body: RawRequest['body']): number {
  if (body === null) return 0;
  if (body instanceof Uint8Array) return body.length;
  return body.reduce((sum, [, v]) => sum + (typeof v === 'string' ? Buffer.byteLength(v) : v.size), 0);
}

export function uploadReply(bytes: number): MockReply {
  const body = `OK - ${bytes}`;
  return {
    status: 200,
    headers: { 'content-type': 'text/plain' },
    body,
    delayMs: 0,
    drop: false,
    error: undefined,
  };
}
