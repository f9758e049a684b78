// Container health check without curl (not in node:*-slim):
//   node infra/docker/healthcheck.mjs <port>   → exit 0 when GET /health on that port answers 200.
const port = process.argv[2] ?? process.env.PORT ?? '3000';
try {
  const response = await fetch(`http://127.0.0.1:${port}/health`, {
    signal: AbortSignal.timeout(4000),
  });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
