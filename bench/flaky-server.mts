/**
 * The soak's target, in a process of its own: the flaky Slack of test/helpers/faults.ts (15% of
 * requests meet a fault). `GET /stats` tells what it saw; `POST /reset` starts afresh. Prints
 * its port. Usage: tsx bench/flaky-server.mts
 */
import { flakySlack } from '../test/helpers/faults.ts';
import { json, startSlackServer } from '../test/helpers/slack-server.ts';

const server = await startSlackServer();
let flaky = flakySlack();
let requests = 0;
server.handle((req, res) => {
  server.seen.length = 0; // the soak runs long: keep no record of the requests
  if (req.url === '/stats') {
    const twice = [...flaky.applied.values()].filter((times) => times > 1).length;
    return json(res, 200, {
      requests,
      faults: Object.fromEntries(flaky.faults),
      applied: flaky.applied.size,
      appliedTwice: twice,
    });
  }
  if (req.url === '/reset') {
    flaky = flakySlack();
    requests = 0;
    return json(res, 200, { ok: true });
  }
  flaky.handler(req, res, ++requests);
});
process.stdout.write(`${new URL(server.baseUrl).port}\n`);
