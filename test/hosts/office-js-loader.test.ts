/**
 * The office.js loader of taskpane.html and commands.html (src/taskpane/office-loader.js), run as a webview
 * runs it over a small model of the page's <head>: inside Office, Microsoft's CDN first and the local copy
 * when the CDN script fails, defines no Office or does not load in time, with the CDN's script out of the
 * page before the local one goes in (office.js takes its folder from the first office.js script); nothing
 * in WPS or in a plain browser. test/e2e/office-js-fallback.test.ts runs the built page in Chromium.
 */

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, it } from '@jest/globals';
import * as espree from 'espree';

const ROOT = path.join(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL = 'office-js/office.js';
const loader = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'office-loader.js'), 'utf8');

interface FakeScript {
  src: string;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  parentNode: FakeParent | null;
}
interface FakeParent {
  children: FakeScript[];
  appendChild(s: FakeScript): FakeScript;
  removeChild(s: FakeScript): FakeScript;
}

function parent(): FakeParent {
  const p: FakeParent = {
    children: [],
    appendChild(s) {
      s.parentNode?.removeChild(s);
      p.children.push(s);
      s.parentNode = p;
      return s;
    },
    removeChild(s) {
      p.children.splice(p.children.indexOf(s), 1);
      s.parentNode = null;
      return s;
    },
  };
  return p;
}

interface Page {
  window: Record<string, unknown>;
  head: FakeParent;
  /** Every script the loader created, in order. */
  scripts: FakeScript[];
  /** Scripts moved out of the page into a document of their own. */
  discarded: FakeScript[];
  /** Pending timers; fire() runs them as time passing would. */
  fire(): void;
  waited: number;
}

const IN_EXCEL = '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

/** fetch as a webview has it: each call's answer settled by the test (resolve: the CDN answered). */
interface FakeFetch {
  calls: Array<{ url: string; init: unknown; resolve(): void; reject(): void }>;
}

function load(search: string, name = '', fetch?: FakeFetch): Page {
  const head = parent();
  const elsewhere = parent();
  const scripts: FakeScript[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 0;
  const window: Record<string, unknown> = { location: { search }, name, JSON };
  const page: Page = {
    window,
    head,
    scripts,
    discarded: elsewhere.children,
    fire: () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((f) => f());
    },
    waited: 0,
  };
  window.window = window;
  if (fetch)
    window.fetch = (url: string, init: unknown) =>
      new Promise<void>((resolve, reject) => fetch.calls.push({ url, init, resolve, reject }));
  window.setTimeout = (f: () => void) => {
    timers.set(++nextTimer, f);
    return nextTimer;
  };
  window.clearTimeout = (id: number) => timers.delete(id);
  window.document = {
    head,
    createElement: (tag: string) => {
      assert.equal(tag, 'script');
      const s: FakeScript = { src: '', onload: null, onerror: null, parentNode: null };
      scripts.push(s);
      return s;
    },
    implementation: { createHTMLDocument: () => ({ body: elsewhere }) },
  };
  vm.runInContext(loader, vm.createContext(window));
  (window.__goujiOfficeJsWait as (f: () => void) => void)(() => page.waited++);
  return page;
}

/** The folder office.js would load its host files from: that of the first office.js script in the page. */
function baseFolder(page: Page): string | null {
  const first = page.head.children.find((s) => /(^|\/)office\.js$/i.test(s.src));
  return first ? first.src.slice(0, first.src.length - 'office.js'.length) : null;
}

describe('office.js loader (src/taskpane/office-loader.js)', () => {
  it('is ES5, for every webview (Internet Explorer 11 shows its message with it)', () => {
    assert.doesNotThrow(() => espree.parse(loader, { ecmaVersion: 5, sourceType: 'script' }));
  });

  it('inside Excel, loads office.js from the CDN without blocking the page, and is done when it has loaded', () => {
    const page = load(IN_EXCEL);
    assert.deepEqual(
      page.head.children.map((s) => s.src),
      [CDN],
    );
    assert.equal(page.waited, 0, 'the bundle waits while the CDN answers');
    page.window.Office = {};
    page.scripts[0].onload?.();
    assert.equal(page.window.__goujiOfficeJs, 'cdn');
    assert.equal(page.waited, 1);
    assert.equal(baseFolder(page), 'https://appsforoffice.microsoft.com/lib/1/hosted/');
  });

  it('when the CDN refuses, takes its script out of the page before adding the local copy', () => {
    const page = load(IN_EXCEL);
    page.scripts[0].onerror?.();
    assert.deepEqual(
      page.head.children.map((s) => s.src),
      [LOCAL],
    );
    assert.deepEqual(
      page.discarded.map((s) => s.src),
      [CDN],
    );
    assert.equal(baseFolder(page), 'office-js/', 'office.js finds its host files beside the page');
    assert.equal(page.window.__goujiOfficeJs, 'local');
    assert.equal(page.waited, 0);
    page.window.Office = {};
    page.scripts[1].onload?.();
    assert.equal(page.waited, 1);
  });

  it('when the CDN never answers (a firewall dropping packets), gives up on it after the time limit', () => {
    const page = load(IN_EXCEL);
    page.fire();
    assert.equal(baseFolder(page), 'office-js/');
    assert.equal(page.window.__goujiOfficeJs, 'local');
    page.window.Office = {};
    page.scripts[1].onload?.();
    assert.equal(page.waited, 1);
    // A late answer from the CDN changes nothing: its handlers are gone and its script is out of the page.
    assert.equal(page.scripts[0].onload, null);
    assert.ok(page.discarded.includes(page.scripts[0]) && !page.head.children.includes(page.scripts[0]));
  });

  it('falls back when the CDN answers with something that defines no Office (a proxy error page)', () => {
    const page = load('', JSON.stringify({ hostInfo: 'Excel|Web|16.00|zh-CN' }));
    page.scripts[0].onload?.();
    assert.equal(page.window.__goujiOfficeJs, 'local');
    assert.equal(baseFolder(page), 'office-js/');
  });

  it('says so when neither can be loaded, and lets the pane go on (it shows why)', () => {
    const page = load(IN_EXCEL);
    page.scripts[0].onerror?.();
    page.scripts[1].onerror?.();
    assert.equal(page.window.__goujiOfficeJs, 'failed');
    assert.equal(page.head.children.length, 0);
    assert.equal(page.waited, 1);
  });

  it('loads no office.js in WPS or in a plain browser (the browser page asks nothing of any server)', () => {
    for (const search of ['?host=wps', '', '?x=1']) {
      const page = load(search);
      assert.deepEqual(page.scripts, []);
      assert.equal(page.window.__goujiOfficeJs, 'none');
      assert.equal(page.waited, 1, 'the bundle does not wait');
    }
  });

  it('is written into both pages by the web build', () => {
    const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    assert.match(config, /office-loader\.js/);
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', page), 'utf8');
      assert.match(html, /<script>\s*<%= htmlWebpackPlugin\.options\.officeLoader %>\s*<\/script>/, page);
      assert.doesNotMatch(
        html,
        /appsforoffice|<script[^>]+office\.js/,
        `${page}: no office.js tag of its own`,
      );
    }
  });

  describe('where fetch exists, the CDN asked before its script goes in (a silent CDN holds no load event)', () => {
    const settle = () => new Promise((r) => setTimeout(r, 0));

    it('the CDN answers: its script goes in, as without fetch', async () => {
      const fetch: FakeFetch = { calls: [] };
      const page = load(IN_EXCEL, '', fetch);
      assert.deepEqual(page.head.children, [], 'no script before the CDN has answered');
      // The options object is of the page's realm: compared as JSON.
      assert.equal(
        JSON.stringify(fetch.calls.map((c) => [c.url, c.init])),
        JSON.stringify([[CDN, { mode: 'no-cors', credentials: 'omit' }]]),
      );
      fetch.calls[0].resolve();
      await settle();
      assert.equal(baseFolder(page), 'https://appsforoffice.microsoft.com/lib/1/hosted/');
      page.window.Office = {};
      page.scripts[0].onload?.();
      assert.equal(page.window.__goujiOfficeJs, 'cdn');
      assert.equal(page.waited, 1);
    });

    it('the CDN refuses: the local copy at once, and no CDN script ever in the page', async () => {
      const fetch: FakeFetch = { calls: [] };
      const page = load(IN_EXCEL, '', fetch);
      fetch.calls[0].reject();
      await settle();
      assert.deepEqual(
        page.scripts.map((s) => s.src),
        [LOCAL],
      );
      assert.equal(page.window.__goujiOfficeJs, 'local');
    });

    it('the CDN never answers: the local copy after the time limit; a late answer changes nothing', async () => {
      const fetch: FakeFetch = { calls: [] };
      const page = load(IN_EXCEL, '', fetch);
      page.fire();
      assert.deepEqual(
        page.scripts.map((s) => s.src),
        [LOCAL],
      );
      page.window.Office = {};
      page.scripts[0].onload?.();
      assert.equal(page.waited, 1);
      fetch.calls[0].resolve();
      await settle();
      assert.equal(page.scripts.length, 1, 'no CDN script after a late answer');
      assert.equal(page.window.__goujiOfficeJs, 'local');
    });
  });
});
