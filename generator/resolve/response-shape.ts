/**
 * The shape responses show: a recording read from its file carries its own (reduced as it was
 * read); a docs example, or a recording a model holds as its body (a test's), is reduced here.
 * Shapes the model holds are read, never changed.
 */
import { addSample, emptyShape, mergeSamples, mergeShape, type Shape } from '../model/shape.ts';
import type { ResponseExample } from '../model/types.ts';

export function responseShape(response: ResponseExample): Shape {
  return response.shape ?? mergeSamples([response.example]);
}

/** One shape of all the responses, each a sample, in order. */
export function responsesShape(responses: readonly ResponseExample[]): Shape {
  if (responses.length === 1) return responseShape(responses[0]!);
  const shape = emptyShape();
  for (const r of responses) {
    if (r.shape) mergeShape(shape, r.shape);
    else addSample(shape, r.example);
  }
  return shape;
}
