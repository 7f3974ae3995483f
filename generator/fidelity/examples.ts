/**
 * The docs' own example responses as a corpus to measure against, beside the recordings: the
 * first success example each method documents (not a recorded response), by method name.
 */
import type { Model } from '../model/types.ts';

export function documentedExamples(model: Model): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const m of model.methods) {
    const example = m.responses.find((r) => r.kind === 'success' && !r.observed && !r.recovered);
    if (example && typeof example.example === 'object' && example.example !== null)
      out.set(m.name, example.example);
  }
  return out;
}
