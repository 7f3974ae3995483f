/**
 * What a Slack method name looks like (`chat.postMessage`, `oauth.v2.user.access`): letters and
 * digits in dot-separated segments. Names come from pages and from file names; only names of this
 * shape reach code, so a file named `a.b';console.log(1);'.json` documents nothing.
 */
export const METHOD_NAME = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/;

export function isMethodName(name: string): boolean {
  return name.length <= 200 && METHOD_NAME.test(name);
}
