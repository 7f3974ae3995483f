/**
 * What Slack's argument names and error codes look like (`client_id`, `invalid_auth`): a
 * lower-case letter, then lower-case letters, digits and underscores.
 */
export const SNAKE_CASE = /^[a-z][a-z0-9_]*$/;

export function isSnakeCase(name: string): boolean {
  return SNAKE_CASE.test(name);
}
