/*
 * The embed loader a portal adds to its pages (/embed.js): turns each placeholder
 *   <div data-vpc-status-codes data-lang="en" data-code="404" data-theme="auto"></div>
 * into a lazily loaded iframe of the matching embed view, served from wherever this script is, and
 * sizes each iframe to its content. Built on its own as a classic script with no dependencies.
 */
import { MOUNTED_ATTRIBUTE, PLACEHOLDER_ATTRIBUTE, SCAN_EVENT } from '@/lib/embed-protocol';
import { embedTarget, heightFrom } from './embed-target';

declare global {
  interface Window {
    __vpcStatusCodesLoader?: boolean;
  }
}

function startLoader(script: HTMLScriptElement) {
  const siteBase = new URL('.', script.src);
  const frames: HTMLIFrameElement[] = [];

  function mount(el: Element) {
    if (el.getAttribute(MOUNTED_ATTRIBUTE) !== null) return;
    el.setAttribute(MOUNTED_ATTRIBUTE, '');
    const target = embedTarget(el, siteBase);
    const iframe = document.createElement('iframe');
    iframe.src = target.url;
    iframe.loading = 'lazy';
    iframe.title = target.title;
    iframe.setAttribute('scrolling', 'no');
    Object.assign(iframe.style, { width: '100%', height: '480px', border: '0', display: 'block' });
    el.appendChild(iframe);
    frames.push(iframe);
  }

  function scan() {
    document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`).forEach(mount);
  }

  // Only our own frames, from our own origin, with the one message shape they send, may resize them.
  window.addEventListener('message', (event) => {
    const height = heightFrom(event, siteBase.origin);
    if (height === null) return;
    const frame = frames.find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${String(Math.ceil(height))}px`;
  });

  window.addEventListener(SCAN_EVENT, scan);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  scan();
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement && !window.__vpcStatusCodesLoader) {
  window.__vpcStatusCodesLoader = true;
  startLoader(script);
}
