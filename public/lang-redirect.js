/*
 * Runs on the root page only, before first paint: a visitor who chose English before, or whose
 * browser prefers a non-Chinese language, goes to /en/. The target is resolved against this
 * script's own URL, so it works under any deploy base. The storage key matches
 * LANG_PREFERENCE_KEY in src/lib/safe-storage.ts (a unit test keeps them equal).
 */
(function () {
  var stored;
  try {
    stored = window.localStorage.getItem('vpc-status-codes.lang');
  } catch {
    stored = null; // Blocked storage: fall back to the browser's preference.
  }
  var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'zh';
  var lang = stored === 'zh' || stored === 'en' ? stored : /^zh\b/i.test(preferred) ? 'zh' : 'en';
  var script = document.currentScript;
  if (lang === 'en' && script) {
    window.location.replace(new URL('en/', script.src).href + window.location.search + window.location.hash);
  }
})();
