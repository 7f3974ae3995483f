/**
 * Request bodies as the docs ask: JSON for methods that accept it; otherwise form fields, with
 * objects and arrays JSON-encoded and `undefined` left out.
 */

export function formBody(args: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    params.append(key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
  }
  return params.toString();
}

export function jsonBody(args: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(args);
}
