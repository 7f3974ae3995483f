/**
 * Reading one page never ends the run: a page over the size limit is not read, and a page whose
 * reading throws (whatever it throws, a stack overflow included) becomes an error diagnostic
 * that says in words what went wrong and where, and the other pages are read as usual.
 */
import { MAX_PAGE_BYTES } from '../input/limits.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { PageFacts } from '../facts/page-facts.ts';

export const WHOLE_PAGE = '(whole page)';

/** What reading a section threw, with the section it was reading. */
export class SectionReadError extends Error {
  constructor(
    readonly section: string,
    readonly error: unknown,
  ) {
    super(`while reading ${section}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs `read` for the section titled `title`, so that what it throws names the section. */
export function inSection<T>(title: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw err instanceof SectionReadError ? err : new SectionReadError(title, err);
  }
}

export interface GuardedPage {
  id: string;
  format: PageFacts['format'];
  content: string;
  /** The file's size when it was too large to be read (its content is then empty). */
  bytes?: number;
}

export function readGuarded(page: GuardedPage, read: () => PageFacts): PageFacts {
  const bytes = page.bytes ?? Buffer.byteLength(page.content, 'utf8');
  if (bytes > MAX_PAGE_BYTES) {
    return unread(
      page,
      diagnostic(
        'error',
        'page/too-large',
        page.id,
        WHOLE_PAGE,
        `The page is ${megabytes(bytes)}, more than the ${megabytes(MAX_PAGE_BYTES)} a page may be; it was not read.`,
      ),
    );
  }
  try {
    return read();
  } catch (err) {
    const section = err instanceof SectionReadError ? err.section : WHOLE_PAGE;
    const cause = err instanceof SectionReadError ? err.error : err;
    return unread(
      page,
      diagnostic(
        'error',
        'page/unreadable',
        page.id,
        section,
        `The page could not be read: ${inWords(cause)}. It was skipped; the other pages were read as usual.`,
      ),
    );
  }
}

function unread(page: GuardedPage, problem: Diagnostic): PageFacts {
  return {
    id: page.id,
    format: page.format,
    layout: 'unknown',
    methods: [],
    diagnostics: [problem],
    guessed: false,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What went wrong, for a person: no stack, one line. */
function inWords(err: unknown): string {
  const message =
    err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err).slice(0, 200);
  if (err instanceof RangeError && /call stack/i.test(message))
    return 'it nests too deeply for the reader (the reader ran out of stack)';
  if (err instanceof RangeError && /invalid (string|array) length/i.test(message))
    return 'it is too large for the reader (a text or list grew past what JavaScript allows)';
  const kind = err instanceof Error ? err.name : 'error';
  return `the reader failed (${kind}: ${message})`;
}
