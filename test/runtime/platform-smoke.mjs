// Run by platforms.test.ts under Bun and Deno: the built package against a local Slack.
// Usage: <runtime> platform-smoke.mjs <package entry> <baseUrl>
const [entry, baseUrl] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const { SlackApiError, SlackClient, SlackTimeoutError, conversationsHistorySpec, isApiErrorOf } =
  await import(entry);

const client = new SlackClient({ token: 'xoxb-smoke', baseUrl, retry: { retries: 2, minDelayMs: 1 } });
const out = { transport: (await client.transport.httpBackend()).name };

const scheduled = await client.chat.scheduleMessage({ channel: 'C1', text: 'hello', post_at: 1900000000 });
out.call = scheduled.scheduled_message_id;

try {
  await client.conversations.history({ channel: 'C404' });
  out.error = 'none';
} catch (err) {
  out.error = `${err instanceof SlackApiError}:${isApiErrorOf(err, conversationsHistorySpec)}:${err.code}`;
}

const ids = [];
for await (const message of client.items('conversations.history', { channel: 'C1', limit: 2 }))
  ids.push(message.ts);
out.items = ids;
let pages = 0;
for await (const _page of client.paginate('conversations.history', { channel: 'C1' })) pages++;
out.pages = pages;

out.retried = (await client.conversations.history({ channel: 'C429' })).ok;
try {
  await client.conversations.history({ channel: 'CSLOW' }, { timeoutMs: 200 });
  out.timeout = 'none';
} catch (err) {
  out.timeout = `${err instanceof SlackTimeoutError}:${err.kind}`;
}

const bytes = new TextEncoder().encode('week,total\n47,42\n');
const uploaded = await client.uploadFiles({ files: [{ file: bytes, filename: 'totals.csv' }] });
out.upload = uploaded.file_ids;

await client.close();
console.log(JSON.stringify(out));
