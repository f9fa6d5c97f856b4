import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { dataModules } from './scripts/vite-plugin-data';
import { explainData } from './scripts/vite-plugin-explain-data';
import { importRetry } from './scripts/vite-plugin-import-retry';
import { standaloneScripts } from './scripts/vite-plugin-standalone-scripts';
import { normalizeBase } from './src/lib/base-path';

/** This project's feature modules (TypeScript; not the virtual data modules, not CSS). */
const FEATURES_DIR = fileURLToPath(new URL('./src/features/', import.meta.url));
const isFeatureSource = (id: string) => id.startsWith(FEATURES_DIR) && /\.tsx?$/.test(id);

export default defineConfig({
  base: normalizeBase(process.env.BASE_PATH),
  plugins: [react(), explainData(), dataModules(), standaloneScripts(), importRetry()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Chunks load after first paint (src/app/entry-client.tsx), so Vite's preload helper would only
  // add a kilobyte to every page's start-up for a head start nobody is waiting for.
  build: {
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      /*
       * Features are reached through one entry (index.ts) that re-exports their data access and their
       * components; a page takes what it uses from it and nothing else. Their modules do nothing when
       * merely imported (no registrations, no global writes), so what a page does not use is left out.
       */
      treeshake: { moduleSideEffects: (id: string) => !isFeatureSource(id) },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'bench/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
  },
});
