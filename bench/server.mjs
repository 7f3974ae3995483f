// The load target: a node:http server on 127.0.0.1 that answers every call with {"ok":true}.
import { createServer } from 'node:http';

const body = '{"ok":true}';
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
