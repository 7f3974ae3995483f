/**
 * What one page may hold. Past a limit the generator does not try harder: it says so in a
 * diagnostic naming the page and the section, and skips the page or just the part that is too
 * much (an example, a nested block), so that a hostile or broken page can neither crash the run
 * nor keep it busy for ever. Each limit is far above what any real reference page needs (the
 * figures in brackets are the largest seen in the Slack reference pages, records and recorded
 * responses).
 */

/**
 * Largest page file read, in bytes (real: 52 KB for a record, 30 KB for an HTML page, 1 MB for
 * a recorded response). A larger file is not read at all: `page/too-large`.
 */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/**
 * Deepest nesting of HTML elements (real: under 40). Elements nested deeper are read as the
 * text of the element at the limit: `page/too-deep`. Browsers stop nesting at 512.
 */
export const MAX_HTML_DEPTH = 256;

/**
 * Deepest nesting of objects and arrays in a JSON value: an example response on a page or in a
 * record, a recorded response, an argument's or the output's schema in a record (real: 18, a
 * recorded `reactions.list`). A deeper value is skipped: `responses/too-deep`, `schema/too-deep`.
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
 * Most entries one page may give one method in each list that pages merge entry by entry: error
 * codes, warning codes, notes, response fields, argument groups (real: 39 error codes, for
 * `chat.postMessage`). Entries past the limit are dropped: `page/too-many`.
 */
export const MAX_LIST_ENTRIES = 1000;
