/*
 * The embed loader a portal adds to its pages (/embed.js): turns each placeholder
 *   <div data-vpc-status-codes data-lang="en" data-code="404" data-theme="auto"></div>
 * into a lazily loaded iframe of the matching embed view, served from wherever this script is, and
 * sizes each iframe to its content. It watches the page, so placeholders added, removed or changed
 * later just work: a new view reloads the frame, a new theme is passed to it without reloading.
 * Built on its own as a classic script with no dependencies.
 */
import {
  MOUNTED_ATTRIBUTE,
  OPTION_ATTRIBUTES,
  PLACEHOLDER_ATTRIBUTE,
  SCAN_EVENT,
  THEME_MESSAGE,
  type Theme,
} from '@/lib/embed-protocol';
import { embedTarget, heightFrom } from './embed-target';

declare global {
  interface Window {
    __vpcStatusCodesLoader?: boolean;
  }
}

interface Frame {
  iframe: HTMLIFrameElement;
  /** The view it shows, without its theme (see EmbedTarget). */
  view: string;
  /** The placeholder's theme now, and the one the frame's address carried when it loaded. */
  theme: Theme;
  loadedTheme: Theme;
}

function startLoader(script: HTMLScriptElement) {
  const siteBase = new URL('.', script.src);
  const frames = new Map<Element, Frame>();

  // Only the frame's own origin may receive it: a frame navigated elsewhere gets nothing.
  const sendTheme = (frame: Frame) =>
    frame.iframe.contentWindow?.postMessage({ type: THEME_MESSAGE, theme: frame.theme }, siteBase.origin);

  function mount(el: Element) {
    const target = embedTarget(el, siteBase);
    const iframe = document.createElement('iframe');
    iframe.src = target.url;
    iframe.loading = 'lazy';
    iframe.title = target.title;
    iframe.setAttribute('scrolling', 'no');
    Object.assign(iframe.style, { width: '100%', height: '480px', border: '0', display: 'block' });
    el.setAttribute(MOUNTED_ATTRIBUTE, '');
    el.appendChild(iframe);
    frames.set(el, { iframe, view: target.view, theme: target.theme, loadedTheme: target.theme });
  }

  function unmount(el: Element, frame: Frame) {
    frame.iframe.remove();
    el.removeAttribute(MOUNTED_ATTRIBUTE);
    frames.delete(el);
  }

  /** Brings one element's frame in line with its attributes: mounts, reloads, restyles or removes it. */
  function update(el: Element) {
    const frame = frames.get(el);
    if (!el.isConnected || !el.hasAttribute(PLACEHOLDER_ATTRIBUTE)) {
      if (frame) unmount(el, frame);
      return;
    }
    if (!frame) return mount(el);
    const target = embedTarget(el, siteBase);
    frame.iframe.title = target.title;
    if (target.view !== frame.view) {
      Object.assign(frame, { view: target.view, theme: target.theme, loadedTheme: target.theme });
      frame.iframe.src = target.url;
    } else if (target.theme !== frame.theme) {
      frame.theme = target.theme;
      sendTheme(frame);
    }
  }

  const placeholdersIn = (node: Node): Element[] =>
    node instanceof Element
      ? [
          ...(node.hasAttribute(PLACEHOLDER_ATTRIBUTE) ? [node] : []),
          ...node.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`),
        ]
      : [];

  function scan() {
    placeholdersIn(document.documentElement).forEach(update);
  }

  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') update(record.target as Element);
      record.addedNodes.forEach((node) => placeholdersIn(node).forEach(update));
      // A removed placeholder took its frame with it: forget it (a moved one is still connected).
      if (record.removedNodes.length) for (const el of frames.keys()) if (!el.isConnected) frames.delete(el);
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [PLACEHOLDER_ATTRIBUTE, ...Object.values(OPTION_ATTRIBUTES)],
  });

  // Only our own frames, from our own origin, with the one message shape they send, may resize them.
  window.addEventListener('message', (event) => {
    const height = heightFrom(event, siteBase.origin);
    if (height === null) return;
    const frame = [...frames.values()].find((f) => f.iframe.contentWindow === event.source);
    if (!frame) return;
    frame.iframe.style.height = `${String(Math.ceil(height))}px`;
    // A frame reports its height once its page is running: a theme changed while it loaded reaches it now.
    if (frame.theme !== frame.loadedTheme) sendTheme(frame);
  });

  window.addEventListener(SCAN_EVENT, scan);
  scan();
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement && !window.__vpcStatusCodesLoader) {
  window.__vpcStatusCodesLoader = true;
  startLoader(script);
}
