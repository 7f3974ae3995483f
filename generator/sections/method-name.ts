/**
 * Method names: on the page (its title or top heading), in an ExDoc module and function name
 * (`Slack.Web.Chat` + `post_message` = `chat.postMessage`), or nowhere (the file name decides).
 */
import type { Block } from '../documents/document.ts';

import { METHOD_NAME } from '../model/method-name.ts';

export { METHOD_NAME };

/** A method name the page's title or first heading states, if any. */
export function nameFromHeadings(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    // The title and the top heading may say more (`auth.revoke method | Slack`); lower headings must be the name alone.
    const first = b.level <= 1 ? (b.text.trim().split(/[\s|–—]+/)[0] ?? '') : b.text.trim();
    if (METHOD_NAME.test(first) && !/^(app|client|slack)\./.test(first)) return first;
  }
  return null;
}

const MODULE = /^Slack\.\s?Web\.\s?([A-Z][A-Za-z0-9]*(?:\.\s?[A-Z][A-Za-z0-9]*)*)/;

/** The method family of an ExDoc module title (`Slack.Web.Oauth.V2.User` → `oauth.v2.user`). */
export function familyFromModule(text: string): string | null {
  const m = MODULE.exec(text.trim());
  if (!m) return null;
  return m[1]!
    .split(/\.\s?/)
    .map((seg) => seg.charAt(0).toLowerCase() + seg.slice(1))
    .join('.');
}

/** `post_message` → `postMessage`: ExDoc functions are snake_case, Slack method names camelCase. */
export function methodSegmentFromFunction(fn: string): string {
  return fn.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const FUNCTION_PAGE =
  /^Slack\.\s?Web\.\s?((?:[A-Z][A-Za-z0-9]*\.\s?)*[A-Z][A-Za-z0-9]*)\.\s?([a-z_][a-z0-9_]*)$/;

/** The method an ExDoc page of a single function names (`Slack.Web.Chat.post_message` → `chat.postMessage`). */
export function methodOfFunctionPage(text: string): string | null {
  const m = FUNCTION_PAGE.exec(text.trim());
  if (!m) return null;
  return `${familyFromModule(`Slack.Web.${m[1]}`)}.${methodSegmentFromFunction(m[2]!)}`;
}

const SIGNATURE = /^([a-z_][a-z0-9_]*)(?:\((.*)\)|\/(\d+))$/;

/** The function a heading or line of an ExDoc page documents (`add(token, channel)`, `add/3`). */
export function functionOfSignature(text: string): string | null {
  return SIGNATURE.exec(text.trim())?.[1] ?? null;
}
