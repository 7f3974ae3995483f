/**
 * Links in the docs' text made absolute against the method's reference page: the records and
 * pages link within the site (`(#legacy_as_user)`, `(/messaging/formatting-message-text)`,
 * `(chat.postMessage#authorship)`), which means nothing in an editor's hover.
 */
import type { Method } from '../model/types.ts';

/** A markdown link's target: `[text](target)`. */
const LINK_TARGET = /\]\(([^()\s]+)\)/g;

/** `target` made absolute against `base`, or as it was when either is no URL. */
export function absoluteLink(target: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  try {
    return new URL(target, base).href;
  } catch {
    return target;
  }
}

/** Every markdown link target in `text` made absolute against `base`. */
export function withAbsoluteLinks(text: string, base: string): string {
  return text.replace(LINK_TARGET, (_, target: string) => `](${absoluteLink(target, base)})`);
}

/** A copy of `value` with every string under a `description` or `text` key passed through `fix`. */
function mapDocTexts<T>(value: T, fix: (text: string) => string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => mapDocTexts(v, fix)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      (key === 'description' || key === 'text') && typeof v === 'string' ? fix(v) : mapDocTexts(v, fix);
  }
  return out as T;
}

/** The method with the links of its descriptions, notes and response docs made absolute. */
export function resolveDocLinks(method: Method): Method {
  if (!/^https?:\/\//.test(method.docUrl)) return method;
  const fix = (text: string) => withAbsoluteLinks(text, method.docUrl);
  const { responses, ...rest } = method;
  // Example responses are data, not docs: a `text` there is a message's text, left as it was.
  return { ...mapDocTexts(rest, fix), responses };
}
