/**
 * For methods whose arguments the official SDK types by hand, our names and required/optional
 * split (from the docs) agree with theirs, or the docs explain the difference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../generator/input/read-pages.ts';
import type { Method } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { officialArguments, type OfficialArguments } from '../helpers/official-sdk.ts';
import { RECORDS } from '../helpers/records.ts';

const SAMPLE: Record<string, string> = {
  'chat.postMessage': 'ChatPostMessageArguments',
  'conversations.history': 'ConversationsHistoryArguments',
  'conversations.list': 'ConversationsListArguments',
  'users.list': 'UsersListArguments',
  'views.publish': 'ViewsPublishArguments',
  'oauth.v2.access': 'OAuthV2AccessArguments',
  'files.getUploadURLExternal': 'FilesGetUploadURLExternalArguments',
  'files.completeUploadExternal': 'FilesCompleteUploadExternalArguments',
};

let methods: Map<string, Method>;
let official: Map<string, OfficialArguments>;

beforeAll(async () => {
  const names = Object.keys(SAMPLE);
  const pages = readPages([RECORDS]).filter((p) => names.includes(p.stem));
  methods = new Map(buildModel(pages).methods.map((m) => [m.name, m]));
  official = await officialArguments(Object.values(SAMPLE));
}, 60_000);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Why our docs may require less than the official types: a rule the docs state. */
function explainsOptional(method: Method, name: string): boolean {
  const arg = method.args.find((a) => a.name === name);
  // OAuth credentials may travel in HTTP Basic auth instead, so the docs leave them optional.
  return /HTTP Basic/i.test(`${arg?.description ?? ''} ${method.description ?? ''}`) || method.basicAuth;
}

describe.each(Object.entries(SAMPLE))('%s against the official %s', (name, typeName) => {
  it('has the same arguments, or the difference is reported', () => {
    const ours = methods.get(name)!;
    const theirs = official.get(typeName)!;
    const ourNames = ours.args.map((a) => a.name).filter((n) => n !== 'token');
    const theirNames = theirs.names.filter((n) => n !== 'token');
    const onlyTheirs = theirNames.filter((n) => !ourNames.includes(n));
    const onlyOurs = ourNames.filter((n) => !theirNames.includes(n));
    if (onlyTheirs.length + onlyOurs.length > 0)
      console.log(
        `${name}: only official ${JSON.stringify(onlyTheirs)}, only docs ${JSON.stringify(onlyOurs)}`,
      );
    // The official types know no argument the docs do not document, but for ones the docs spell
    // differently (files.getUploadURLExternal: the docs say `alt_txt`, the SDK `alt_text`).
    const undocumented = onlyTheirs.filter((n) => !onlyOurs.some((o) => editDistance(n, o) <= 2));
    expect(undocumented).toEqual([]);
  });

  it('requires the same arguments, or the docs explain why not', () => {
    const ours = methods.get(name)!;
    const theirs = official.get(typeName)!;
    const ourRequired = ours.args
      .filter((a) => a.required && a.name !== 'token')
      .map((a) => a.name)
      .sort();
    const unexplained = theirs.required.filter((n) => !ourRequired.includes(n) && !explainsOptional(ours, n));
    const extra = ourRequired.filter((n) => !theirs.required.includes(n));
    expect({ unexplained, extra }).toEqual({ unexplained: [], extra: [] });
  });
});
