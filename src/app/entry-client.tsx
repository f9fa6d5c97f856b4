import '@/styles/index.css';
import { startApp } from './start';

/*
 * Loaded by the boot script once the page has painted (src/app/boot-script.ts): every page is
 * prerendered and usable before any script runs, so the app competes with nothing the reader waits for.
 */
const container = document.getElementById('root');
if (container) void startApp(container);
