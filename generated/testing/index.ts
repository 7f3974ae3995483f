// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.
import { SlackMock, type MockOptions } from './mock.js';
import { TABLE, type MockMethods } from './methods.js';

/** A test double of the Slack Web API, made from the same docs as the client. */
export function createSlackMock(options: MockOptions = {}): SlackMock<MockMethods> {
  return new SlackMock<MockMethods>(TABLE, options);
}

export { SlackMock } from './mock.js';
export type { MockAnswer, MockOptions, PagedMethod, Responder } from './mock.js';
export type { RecordedCall } from './calls.js';
export type { FaultOptions } from './faults.js';
export type { ListenOptions, MockServer } from './server.js';
export type { MockCodes, MockMethods } from './methods.js';
