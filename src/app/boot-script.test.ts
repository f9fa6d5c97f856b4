// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SEARCH_REQUESTED_ATTRIBUTE } from '@/features/search';
import { BOOT_SCRIPT, BOOT_SCRIPT_CSP } from './boot-script';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the boot script', () => {
  it('is allowed by the hash the policies name', () => {
    const hash = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;
    expect(BOOT_SCRIPT_CSP, 'BOOT_SCRIPT_CSP is the hash of BOOT_SCRIPT').toBe(hash);
    expect(read('../../README.md'), "README's recommended policy").toContain(`script-src 'self' ${hash}`);
    expect(read('../../e2e/hosting-config.json'), "the end-to-end tests' strict policy").toContain(
      `script-src 'self' ${hash}`,
    );
  });

  function boot({ paintTiming, framed = false }: { paintTiming: boolean; framed?: boolean }) {
    const appended: { type: string; src: string }[] = [];
    const listeners: Record<string, (event?: unknown) => void> = {};
    const attributes = new Map<string, string>();
    let observed: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined;
    const fakeDocument = {
      getElementById: () => ({ getAttribute: () => '/assets/entry.js' }),
      createElement: () => ({ type: '', src: '' }),
      head: { appendChild: (el: { type: string; src: string }) => appended.push(el) },
      documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
    };
    const self = {};
    class FakeObserver {
      static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
      constructor(callback: typeof observed) {
        observed = callback;
      }
      observe() {}
    }
    new Function('document', 'PerformanceObserver', 'addEventListener', 'self', 'top', BOOT_SCRIPT)(
      fakeDocument,
      FakeObserver,
      (type: string, fn: () => void) => (listeners[type] = fn),
      self,
      framed ? {} : self,
    );
    return {
      appended,
      attributes,
      /** Presses a key; says whether the script took it (prevented its default). */
      key: (init: {
        key: string;
        ctrlKey?: boolean;
        metaKey?: boolean;
        target?: object;
        defaultPrevented?: boolean;
      }) => {
        let prevented = false;
        listeners.keydown!({
          ctrlKey: false,
          metaKey: false,
          altKey: false,
          target: { tagName: 'BODY', isContentEditable: false },
          defaultPrevented: false,
          ...init,
          preventDefault: () => (prevented = true),
        });
        return prevented;
      },
      load: () => listeners.load!(),
      paint: (entries: unknown[]) => observed!({ getEntriesByName: () => entries }),
    };
  }

  it('loads the app once, after the first contentful paint, even when the load event comes first', () => {
    vi.useFakeTimers();
    const page = boot({ paintTiming: true });
    page.load();
    vi.advanceTimersByTime(1000);
    expect(page.appended, 'nothing before the paint').toEqual([]);
    page.paint([]);
    expect(page.appended, 'not on another paint entry').toEqual([]);
    page.paint([{}]);
    expect(page.appended).toEqual([{ type: 'module', src: '/assets/entry.js' }]);
    vi.advanceTimersByTime(10_000);
    expect(page.appended, 'once only').toHaveLength(1);
    vi.useRealTimers();
  });

  it('starts anyway a while after loading a page that never paints, and at once without paint timing', () => {
    vi.useFakeTimers();
    const silent = boot({ paintTiming: true });
    silent.load();
    vi.advanceTimersByTime(5000);
    expect(silent.appended).toHaveLength(1);
    const old = boot({ paintTiming: false });
    old.load();
    vi.advanceTimersByTime(0);
    expect(old.appended).toHaveLength(1);
    vi.useRealTimers();
  });

  it('notes "/" and Ctrl+K/⌘K pressed before the app listens, for the site search to open once it is ready', () => {
    const page = boot({ paintTiming: true });
    expect(page.key({ key: '/', target: { tagName: 'INPUT', isContentEditable: false } }), 'typed into a box').toBe(
      false,
    );
    expect(page.key({ key: '/', defaultPrevented: true }), 'already handled by the app').toBe(false);
    expect(page.key({ key: 'k' }), 'a plain k').toBe(false);
    expect(page.attributes.size).toBe(0);
    expect(page.key({ key: '/' })).toBe(true);
    expect([...page.attributes.keys()]).toEqual([SEARCH_REQUESTED_ATTRIBUTE]);
    const other = boot({ paintTiming: true });
    expect(other.key({ key: 'K', metaKey: true })).toBe(true);
    expect(other.attributes.has(SEARCH_REQUESTED_ATTRIBUTE)).toBe(true);
    const framed = boot({ paintTiming: true, framed: true });
    expect(framed.key({ key: '/' }), 'an embed view in a portal keeps its keys').toBe(false);
    expect(framed.attributes.size).toBe(0);
  });
});
