/**
 * Keys of a recorded response (../shared/slack-responses) that are not the method's own fields:
 * `ok`, and what the recorder added to every recording whatever the call returned.
 */
export const RECORDER_KEYS: ReadonlySet<string> = new Set(['ok', 'error', 'warning', 'needed', 'provided']);
