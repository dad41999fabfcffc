/* The office.js loader of taskpane.html and commands.html (webpack.config.js writes it into both pages).
 *
 * ES5 only: it runs in every webview, Internet Explorer 11 included. Only inside Office (the host info that
 * office.js itself looks for: window.external.GetHostInfo, the _host_Info parameter, window.name,
 * sessionStorage hostInfoValue); the browser page and WPS load no office.js and ask nothing of any server.
 *
 * Microsoft's CDN first (it loads the host files that match the user's Office build), the local copy served
 * beside this page when the CDN fails, answers with something that defines no Office (a proxy's error page),
 * or does not answer within TIMEOUT_MS (a firewall that drops packets). Neither script blocks the parser, and
 * the CDN is asked with fetch before its script goes in (probe), so a CDN that never answers holds neither
 * the pane nor the page's load event.
 *
 * office.js takes the folder of its host files (excel-win32-16.01.js, zh-cn/office_strings.js) from the
 * first <script> of the page whose src ends in office.js (LoadScriptHelper.getOfficeJsBasePath): before the
 * local copy is added, the CDN's script is moved out of the page into a document of its own, so the local
 * folder is the one found, and a late answer from the CDN is never run (a script moved to another document
 * after it was prepared does not execute).
 *
 * For the bundle: window.__goujiOfficeJs says which office.js was loaded ('cdn', 'local', 'none'
 * outside Office, 'failed' when neither could be);
 * window.__goujiOfficeJsWait(callback) calls back once the loader is done (at once outside Office).
 */
(function () {
  var CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  var LOCAL = 'office-js/office.js';
  var TIMEOUT_MS =
    typeof window.__goujiOfficeJsTimeoutMs === 'number' ? window.__goujiOfficeJsTimeoutMs : 8000;
  var waiting = [];
  var done = false;

  function finish() {
    if (done) return;
    done = true;
    for (var i = 0; i < waiting.length; i++) {
      try {
        waiting[i]();
      } catch (e) {
        // one waiter's failure must not keep the others waiting
      }
    }
    waiting = [];
  }

  window.__goujiOfficeJsWait = function (callback) {
    if (done) callback();
    else waiting.push(callback);
  };

  function inOffice() {
    // Each source may be missing or throw (window.name not JSON, sessionStorage refused): try the next.
    try {
      var ext = window.external;
      if (ext && (typeof ext.GetHostInfo !== 'undefined' || typeof ext.GetContext !== 'undefined'))
        return true;
    } catch (e) {
      /* next source */
    }
    if (/[?&]_host_Info=/i.test(window.location.search)) return true;
    try {
      var named = JSON.parse(window.name);
      if (named && named.hostInfo) return true;
    } catch (e) {
      /* next source */
    }
    try {
      if (window.sessionStorage && window.sessionStorage.getItem('hostInfoValue')) return true;
    } catch (e) {
      /* next source */
    }
    return false;
  }

  /** Adds a script; next(script) when it fails, defines no Office, or does not load in time. */
  function load(src, next) {
    var script = document.createElement('script');
    var settled = false;
    var timer;
    function settle(loaded) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      script.onload = script.onerror = null;
      if (loaded && window.Office) finish();
      else next(script);
    }
    script.onload = function () {
      settle(true);
    };
    script.onerror = function () {
      settle(false);
    };
    timer = setTimeout(function () {
      settle(false);
    }, TIMEOUT_MS);
    script.src = src;
    (document.head || document.getElementsByTagName('head')[0]).appendChild(script);
  }

  /**
   * Asks the CDN before any script of it is in the page: a script that never gets an answer holds the
   * page's load event until TCP gives up, a fetch does not. An answer of any kind (no-cors: an opaque
   * response) calls yes(); a refusal, or no answer within TIMEOUT_MS, no(). Without fetch (Internet
   * Explorer 11), yes(): the script itself is then the probe.
   */
  function probe(src, yes, no) {
    if (typeof window.fetch !== 'function') {
      yes();
      return;
    }
    var settled = false;
    var timer = setTimeout(function () {
      settle(false);
    }, TIMEOUT_MS);
    function settle(answered) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (answered) yes();
      else no();
    }
    try {
      var onAnswer = function () {
        settle(true);
      };
      var onRefusal = function () {
        settle(false);
      };
      window.fetch(src, { mode: 'no-cors', credentials: 'omit' }).then(onAnswer, onRefusal);
    } catch (e) {
      settle(false);
    }
  }

  /** Takes a failed script out of the page for good: into a document of its own, where it never runs. */
  function discard(script) {
    try {
      document.implementation.createHTMLDocument('').body.appendChild(script);
    } catch (e) {
      if (script.parentNode) script.parentNode.removeChild(script);
    }
  }

  var office = !/[?&]host=wps\b/.test(window.location.search) && inOffice();
  window.__goujiOfficeJs = office ? 'cdn' : 'none';
  if (!office) {
    finish();
    return;
  }
  function local() {
    window.__goujiOfficeJs = 'local';
    load(LOCAL, function (failedToo) {
      discard(failedToo);
      window.__goujiOfficeJs = 'failed';
      finish();
    });
  }
  function viaCdn() {
    load(CDN, function (failed) {
      discard(failed);
      local();
    });
  }
  probe(CDN, viaCdn, local);
})();
