/**
 * A client and its test double generated from a few structured records into a scratch folder,
 * imported from their TypeScript source as a consumer of the package would use them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordsClientDir } from '../helpers/records-client.ts';

export const DOUBLE_METHODS = [
  'auth.test',
  'chat.postMessage',
  'conversations.history',
  'conversations.list',
  'conversations.open',
  'files.completeUploadExternal',
  'files.getUploadURLExternal',
  'oauth.v2.access',
  'usergroups.users.update',
  'users.list',
];

/** The generated package's two entry points, typed loosely enough for tests to drive. */
export interface Generated {
  dir: string;
  // oxlint-disable-next-line typescript/no-explicit-any
  client: any;
  // oxlint-disable-next-line typescript/no-explicit-any
  testing: any;
  // oxlint-disable-next-line typescript/no-explicit-any
  cli: any;
}

export async function generateDouble(): Promise<Generated> {
  const dir = await recordsClientDir(DOUBLE_METHODS);
  const load = (path: string) => import(pathToFileURL(join(dir, path)).href);
  const [client, testing, cli] = await Promise.all([
    load('index.ts'),
    load('testing/index.ts'),
    load('testing/cli.ts'),
  ]);
  return { dir, client, testing, cli };
}
