// Builds the production site into its own folder and serves it in-process with the project's plain
// static server, on free ports in 4300–4399. That server does not compress (like bare object storage);
// by default the bench puts a gzip proxy in front of it, as most hosts and CDNs compress text.
import { spawnSync } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { createStaticServer } from '../../scripts/lib/static-server';

const HOST = '127.0.0.1';

/** Runs scripts/build.mjs into outDir with SITE_URL set to where the bench serves it (canonical URLs match). */
export function buildSite(root: string, outDir: string, origin: string): void {
  const result = spawnSync('node', ['scripts/build.mjs', '--out-dir', outDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: `${origin}/`, BASE_PATH: '/' },
  });
  if (result.status !== 0) throw new Error(`The production build failed (exit ${String(result.status)})`);
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => resolve(true));
  });
}

/** The first port in [from, to] nothing listens on. */
export async function freePort(from = 4300, to = 4399): Promise<number> {
  for (let port = from; port <= to; port++) {
    const probe = createServer();
    if (await listen(probe, port)) {
      await new Promise((resolve) => probe.close(resolve));
      return port;
    }
  }
  throw new Error(`No free port in ${String(from)}–${String(to)}`);
}

export const originFor = (port: number): string => `http://${HOST}:${String(port)}`;

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** Forwards to the static server, gzipping text responses (level 6) like a typical host or CDN. */
function gzipProxy(innerPort: number): Server {
  return createServer((req, res) => {
    const upstream = request(
      { host: HOST, port: innerPort, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const headers = { ...answer.headers };
        const gzip =
          /\bgzip\b/.test(String(req.headers['accept-encoding'])) && COMPRESSIBLE.test(headers['content-type'] ?? '');
        if (!gzip) {
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
          return;
        }
        delete headers['content-length'];
        res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
        answer.pipe(createGzip({ level: 6 })).pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

export interface Site {
  close: () => Promise<void>;
}

/** Serves dir on port; with gzip, through a compressing proxy (the static server then takes the next free port). */
export async function serveSite(dir: string, port: number, gzip: boolean): Promise<Site> {
  const servers: Server[] = [];
  const start = async (server: Server, at: number) => {
    if (!(await listen(server, at))) throw new Error(`Port ${String(at)} is taken`);
    servers.push(server);
  };
  const staticServer = createStaticServer({ dir });
  if (gzip) {
    const innerPort = await freePort(port + 1);
    await start(staticServer, innerPort);
    await start(gzipProxy(innerPort), port);
  } else {
    await start(staticServer, port);
  }
  const stop = (server: Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { close: async () => void (await Promise.all(servers.map(stop))) };
}
