// One formatting job, the same on a worker and on the main thread: a text, or statements
// (already printed as text by loose-print.ts, or ts-morph structures it printed for them)
// formatted as one text.
// Plain JavaScript, so that workers load no TypeScript loader; prettier and ts-morph are loaded
// on first use only.
import { createRequire } from 'node:module';

let prettier = null;
let tsMorph = null;

function printed(statement) {
  if (typeof statement === 'string') return statement;
  tsMorph ??= createRequire(import.meta.url)('ts-morph');
  return tsMorph.printStructure(statement);
}

/** @param {{ text: string } | { statements: (object | string)[], boundary: string }} job */
export async function formatJob(job, options) {
  prettier ??= await import('prettier');
  if ('text' in job) return prettier.format(job.text, options);
  const texts = job.statements.map(printed);
  return prettier.format(texts.join(`\n\n${job.boundary}\n\n`), options);
}
