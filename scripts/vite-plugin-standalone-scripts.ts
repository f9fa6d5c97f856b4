import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import { scripts } from '../src/lib/paths';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Each script's source (src/standalone/) by the fixed name it is served under. */
const ENTRIES: Record<string, string> = {
  [scripts.embedLoader]: `${SRC}/standalone/embed-loader.ts`,
  [scripts.langRedirect]: `${SRC}/standalone/lang-redirect.ts`,
  [scripts.embedTheme]: `${SRC}/standalone/embed-theme.ts`,
};

/** One script as a self-contained classic script: portals link it by name, and it may run before any module. */
async function bundle(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': SRC } },
    build: {
      write: false,
      target: 'es2020',
      lib: { entry, formats: ['iife'], name: 'vpcStatusCodes', fileName: () => 'script.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]?.output.find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error(`No output for ${entry}`);
  return chunk.code;
}

/*
 * The scripts that run outside the app (the embed loader on portals, the root page's language
 * redirect, the embed theme) are written in TypeScript beside the app and share its constants and
 * path builders; this builds each into the site root under its fixed name, and serves it in dev.
 */
export function standaloneScripts(): Plugin {
  return {
    name: 'standalone-scripts',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const entry = ENTRIES[(req.url ?? '').split('?')[0] ?? ''];
        if (!entry) return next();
        bundle(entry).then(
          (code) => res.setHeader('Content-Type', 'text/javascript').end(code),
          (error: unknown) => next(error),
        );
      });
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      for (const [path, entry] of Object.entries(ENTRIES)) {
        this.emitFile({ type: 'asset', fileName: path.slice(1), source: await bundle(entry) });
      }
    },
  };
}
