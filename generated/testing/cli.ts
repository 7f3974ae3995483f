// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import { createSlackMock } from './index.js';
import { runSlackMock } from './run.js';

/** `slack-mock --port 0`: prints `http://127.0.0.1:<port>/api/` first, then serves until stopped. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return runSlackMock(createSlackMock, argv);
}
