// Formats jobs (format-job.mjs) off the main thread (plain JavaScript: workers load no TS loader).
import { parentPort } from 'node:worker_threads';
import { formatJob } from './format-job.mjs';

/** Formats one job and posts the result, or the error, back: a failure never goes unanswered. */
async function formatOne({ id, job, options }) {
  try {
    parentPort.postMessage({ id, text: await formatJob(job, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
}

parentPort.on('message', (message) => {
  // Started ahead of need: load prettier and ts-morph now, answer nothing.
  if (message.warm) void formatJob({ statements: [], boundary: '' }, message.options).catch(() => undefined);
  else void formatOne(message);
});
