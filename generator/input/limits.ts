/**
 * What one page may hold. Past a limit the generator does not try harder: it says so in a
 * diagnostic naming the page and the section, and skips the page or just the part that is too
 * much (an example, a nested block), so that a hostile or broken page can neither crash the run
 * nor keep it busy for ever. Each limit is far above what any real reference page needs (the
 * figures in brackets are the largest seen in the Slack reference pages, records and recorded
 * responses).
 */

/**
 * Largest page file read, in bytes (real: 40 KB for a record, 10 KB for a page of docs-input,
 * 2.7 MB for a recorded response). A larger file is not read at all: `page/too-large`.
 */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/**
 * Deepest nesting of HTML elements (real: 13 in docs-input; whole site pages with their
 * navigation nest a few dozen deep). Elements nested deeper are read as the text of the element
 * at the limit: `page/too-deep`.
 */
export const MAX_HTML_DEPTH = 256;

/**
 * Deepest nesting of objects and arrays in a JSON value: an example response on a page or in a
 * record, a recorded response, an argument's or the output's schema in a record (real: 18 for
 * the recorded `reactions.list`, 13 for a record's examples, 12 for its output schema). A deeper
 * value is skipped: `responses/too-deep`, `schema/too-deep`.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Longest argument name or error code looked for where text runs names together
 * (`sendingclient_idand`, `2141029472.6912client_secret`) (real: 52). Longer runs are still
 * read, but only their last `MAX_NAME_LENGTH` characters can be a name, so that splitting a
 * run costs the same however long the run.
 */
export const MAX_NAME_LENGTH = 100;

/**
 * Most entries one page may give one method in each list that is merged and emitted entry by
 * entry: arguments (rows of the argument tables), error codes, warning codes, notes, response
 * fields, argument groups (real: 39 error codes for `chat.postMessage`, 21 arguments). Entries
 * past the limit are dropped: `page/too-many`.
 */
export const MAX_LIST_ENTRIES = 1000;

/**
 * Most keys one object may have in the examples of a method (the objects of an array counted
 * together, as types are inferred) or in a schema of a record (real: 160, a message in a
 * recorded response). A wider example or schema is skipped: `responses/too-large`,
 * `schema/too-large`.
 */
export const MAX_OBJECT_KEYS = 2000;

/**
 * Most fields (a key at a place, the objects of an array counted together) the examples of one
 * method on one page may have together, and one schema of a record (real: 8,312, the recorded
 * `reactions.list`). Each field becomes a member of a generated type; an example that would go
 * past the limit is skipped: `responses/too-large`, `schema/too-large`.
 */
export const MAX_EXAMPLE_FIELDS = 25_000;
