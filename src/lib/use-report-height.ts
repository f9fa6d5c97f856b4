import { useEffect, type RefObject } from 'react';
import { HEIGHT_MESSAGE } from './embed-protocol';

/**
 * Inside a frame, tells the parent the content's height whenever it changes (search results,
 * folding examples, language, window width), so the host can size the frame with no inner
 * scrollbar. Sends nothing else, and nothing at all when not framed.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [ref]);
}
