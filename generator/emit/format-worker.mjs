// Formats TypeScript with prettier off the main thread (plain JavaScript: workers load no TS loader).
import { parentPort } from 'node:worker_threads';
import { format } from 'prettier';

/** Formats one text and posts the result, or the error, back: a failure never goes unanswered. */
async function formatOne({ id, text, options }) {
  try {
    parentPort.postMessage({ id, text: await format(text, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
}

parentPort.on('message', (message) => {
  void formatOne(message);
});
