/**
 * Whether a method reads or writes, so that the runtime never replays a write that may already
 * have been applied (Slack has no idempotency key). Decided by the method's name, the way the
 * docs name their methods: the first word of its last part (`chat.postMessage` → `post`,
 * `users.lookupByEmail` → `lookup`, `team.billableInfo` → `…Info`). Only the words below count
 * as reads; every other word, and any name the table does not know, is a write, so a method is
 * retried after it may have reached Slack only when the caller opts in (`retryWrites`).
 */
import type { Method } from '../model/types.ts';

/** First words of a method's last part that only read (review this table when Slack adds methods). */
export const READ_WORDS: ReadonlySet<string> = new Set([
  'list', // conversations.list, admin.roles.listAssignments
  'info', // users.info
  'get', // reactions.get, chat.getPermalink, files.getUploadURLExternal
  'lookup', // users.lookupByEmail, canvases.sections.lookup
  'history', // conversations.history
  'replies', // conversations.replies
  'members', // conversations.members
  'conversations', // users.conversations
  'identity', // users.identity
  'test', // api.test, auth.test
  'validate', // apps.manifest.validate, blocks.validate
  'count', // apps.datastore.count
  'query', // apps.datastore.query
  'search', // admin.conversations.search
  'context', // assistant.search.context
  'activity', // admin.analytics.messages.activity
  'metadata', // admin.analytics.messages.metadata
]);

/** Endings of a last part that name what is read (`dnd.teamInfo`, `team.accessLogs`). */
const READ_ENDINGS = /(?:Info|Logs)$/;

/** Families whose every method only reads (`search.messages`). */
const READ_FAMILIES: ReadonlySet<string> = new Set(['search']);

export interface MethodEffect {
  write: boolean;
  /** Why: the word or ending that decided it, or `unknown word` (a write, to be safe). */
  rule: string;
}

/** The first word of a camel-case name part: `postMessage` → `post`, `v2` → `v`. */
function firstWord(part: string): string {
  return /^[a-z]+/.exec(part)?.[0] ?? part;
}

export function methodEffect(name: string): MethodEffect {
  const parts = name.split('.');
  const family = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (READ_FAMILIES.has(family)) return { write: false, rule: `family ${family}` };
  const word = firstWord(last);
  if (READ_WORDS.has(word)) return { write: false, rule: `word ${word}` };
  const ending = READ_ENDINGS.exec(last);
  if (ending) return { write: false, rule: `ending ${ending[0]}` };
  return { write: true, rule: `word ${word}` };
}

/** The method's `write` mark for the resolved model: set only on writes. */
export function writeMark(method: Method): { write?: true } {
  return methodEffect(method.name).write ? { write: true } : {};
}
