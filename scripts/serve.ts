// Serves the production build: `tsx scripts/serve.ts [--port 4173] [--dir dist] [--base /] [--header 'N: v']`.
// The port is `--port`, else the PORT environment variable, else 4173.
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    /** Extra response header, "Name: value"; repeatable (the CSP test sends a strict policy). */
    header: { type: 'string', multiple: true, default: [] },
  },
});

const headers = Object.fromEntries(
  values.header.map((h) => {
    const at = h.indexOf(':');
    return [h.slice(0, at).trim(), h.slice(at + 1).trim()];
  }),
);
const server = createStaticServer({ dir: values.dir, base: values.base, headers });
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
  const reason = error.code === 'EADDRINUSE' ? 'is taken by another program' : 'may not be used';
  console.error(
    `Port ${values.port} ${reason}: choose another with PORT=4180 npm start (or npm run serve -- --port 4180).`,
  );
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  const host = values.host === '127.0.0.1' ? 'localhost' : values.host;
  console.log(`Serving ${values.dir} at http://${host}:${values.port}${values.base}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
