import '@/styles/index.css';

/*
 * Every page is prerendered and usable before any script runs, so the app starts only after the
 * first paint: its download then competes with nothing the reader is waiting for.
 */
const container = document.getElementById('root');
if (container) {
  const start = () => void import('./start').then(({ startApp }) => startApp(container));
  requestAnimationFrame(() => setTimeout(start, 0));
}
