// Prints: the time from `npm start` to the first successful login through the gateway (on a
// fresh data folder, then again with the data in place), and `me` throughput through the gateway
// against the identity subgraph directly (the ratio is the gateway's cost).
// Usage: node bench/identity/start-and-me.bench.mjs [--seconds 10] [--connections 10]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { platformSettings, removeData, startPlatform, stopPlatform } from '../support/platform.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});

function load(url, token) {
  return autocannon({
    url,
    method: 'POST',
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id email displayName organisation { nameLatin } } }' }),
  });
}

const settings = await platformSettings();
try {
  const fresh = await startPlatform(settings);
  await stopPlatform(fresh);
  const warm = await startPlatform(settings);
  console.log(`npm start → first login (fresh .data):       ${fresh.seconds.toFixed(1)} s`);
  console.log(`npm start → first login (data in place):     ${warm.seconds.toFixed(1)} s`);

  const viaGateway = await load(warm.gateway, warm.token);
  const direct = await load(`http://127.0.0.1:${settings.env.IDENTITY_PORT}/graphql`, warm.token);
  const row = (name, result) =>
    `${name.padEnd(22)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${result.errors + result.non2xx}`;
  console.log(`\nme, ${values.connections} connections, ${values.seconds} s each:`);
  console.log(row('through the gateway', viaGateway));
  console.log(row('identity directly', direct));
  console.log(
    `gateway / direct throughput: ${(viaGateway.requests.average / direct.requests.average).toFixed(2)}`,
  );
  await stopPlatform(warm);
} finally {
  removeData(settings);
}
