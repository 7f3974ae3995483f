/**
 * The package's `model.json`: the resolved model, which the next run's change report reads back
 * (generator/changes/previous-output.ts), less the bodies of the recorded responses. Those run
 * to tens of megabytes and say nothing the report reads: what they show is in the resolved types
 * already. A recorded response keeps its entry (`observed`, its source), its `example` `null`.
 */
import type { ResolvedMethod, ResolvedModel } from '../model/types.ts';

function withoutRecordedBodies(method: ResolvedMethod): ResolvedMethod {
  if (!method.responses.some((r) => r.observed)) return method;
  return { ...method, responses: method.responses.map((r) => (r.observed ? { ...r, example: null } : r)) };
}

export function modelFileText(model: ResolvedModel): string {
  return `${JSON.stringify({ ...model, methods: model.methods.map(withoutRecordedBodies) }, null, 2)}\n`;
}
