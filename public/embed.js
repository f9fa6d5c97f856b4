/*
 * vpc-status-codes embed loader. Turns each placeholder
 *   <div data-vpc-status-codes data-lang="en" data-code="404" data-theme="auto"></div>
 * into a lazily loaded iframe of the matching embed view, served from wherever this script is,
 * and sizes each iframe to its content. Options: data-lang (zh|en), data-code, data-query,
 * data-class (all|2xx|4xx|5xx), data-theme (auto|light|dark).
 */
(function () {
  // Matches HEIGHT_MESSAGE in src/lib/use-report-height.ts (a unit test keeps them equal).
  var MESSAGE = 'vpc-status-codes:height';
  var script = document.currentScript;
  if (!script || window.__vpcStatusCodesLoader) return;
  window.__vpcStatusCodesLoader = true;
  var siteBase = new URL('.', script.src);
  var frames = [];

  function embedUrl(el) {
    var lang = el.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
    var code = (el.getAttribute('data-code') || '').trim();
    var url = new URL(lang + (/^\d{3}$/.test(code) ? '/embed/codes/' + code : '/embed'), siteBase);
    var query = el.getAttribute('data-query');
    var cls = el.getAttribute('data-class');
    var theme = el.getAttribute('data-theme');
    if (query && !code) url.searchParams.set('q', query);
    if (cls && !code) url.searchParams.set('class', cls);
    if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
    return { url: url.href, lang: lang, code: code };
  }

  function mount(el) {
    if (el.getAttribute('data-vpc-status-codes-mounted') !== null) return;
    el.setAttribute('data-vpc-status-codes-mounted', '');
    var target = embedUrl(el);
    var iframe = document.createElement('iframe');
    iframe.src = target.url;
    iframe.loading = 'lazy';
    iframe.title =
      target.lang === 'en'
        ? 'VPC API status ' + (target.code ? 'code ' + target.code : 'codes')
        : 'VPC API 状态码' + (target.code ? ' ' + target.code : '');
    iframe.setAttribute('scrolling', 'no');
    iframe.style.width = '100%';
    iframe.style.height = '480px';
    iframe.style.border = '0';
    iframe.style.display = 'block';
    el.appendChild(iframe);
    frames.push(iframe);
  }

  function scan() {
    var placeholders = document.querySelectorAll('[data-vpc-status-codes]');
    for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
  }

  // Only our own frames, from our own origin, with the one message shape they send, may resize them.
  window.addEventListener('message', function (event) {
    if (event.origin !== siteBase.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  window.addEventListener('vpc-status-codes:scan', scan);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  scan();
})();
