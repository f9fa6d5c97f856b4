/*
 * Embed pages only, before first paint: applies ?theme=light|dark by setting html[data-theme]
 * (the stylesheet switches color-scheme on it); auto or anything else follows the system.
 */
(function () {
  var theme = new URLSearchParams(window.location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
})();
