/*
 * The only script a page carries before its first paint is this one, inline at the end of the body,
 * so nothing but the HTML and its stylesheet is requested until the reader sees the page. Once the
 * first contentful paint has happened (or, where the browser cannot tell, once the page has loaded)
 * it loads the app, whose address the page keeps in #root's data-entry. The load event can come
 * before the first paint, so where paint timing exists it only starts a late safety net (a page
 * that never paints, such as one in a hidden frame). Until the app's site search listens, it notes
 * a "/" or Ctrl+K/⌘K on <html> (SEARCH_REQUESTED_ATTRIBUTE of the search feature), which
 * opens the search once the app is ready; the app, once listening, marks those keys handled, and
 * embed views (framed) keep their keys. Its text never changes with a build, so a Content Security
 * Policy allows it by this fixed hash ('unsafe-inline' stays off).
 */
export const BOOT_SCRIPT =
  '(function(){var r=document.getElementById("root"),u=r&&r.getAttribute("data-entry"),d=0,p=0;' +
  'function go(){if(d||!u)return;d=1;var s=document.createElement("script");s.type="module";s.src=u;' +
  'document.head.appendChild(s)}try{p=PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0;' +
  'new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)go()})' +
  '.observe({type:"paint",buffered:true})}catch(e){p=0}' +
  'addEventListener("load",function(){setTimeout(go,p?5e3:0)});' +
  'addEventListener("keydown",function(e){var t=e.target,k=e.key,m=e.ctrlKey||e.metaKey;' +
  'if(e.defaultPrevented||self!==top||!(k=="/"&&!m&&!e.altKey&&!(t&&(t.isContentEditable||' +
  '/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))||m&&(k=="k"||k=="K")))return;' +
  'e.preventDefault();document.documentElement.setAttribute("data-search-requested","")})})()';

/** The CSP source that allows the boot script: `script-src 'self' <this>`. */
export const BOOT_SCRIPT_CSP = "'sha256-TBS4BX7jx2WdkkoiHT9mWWYd/fYB69zUDJwmeu1rI2M='";
