/**
 * taskpane.html's office.js loader, run as a webview runs it: inside Office, Microsoft's CDN first and
 * the local copy when the CDN script fails or defines no Office; nothing in WPS or in a plain browser.
 */

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, it } from '@jest/globals';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const html = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const head = html.slice(0, html.indexOf('</head>'));
const scripts = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

interface Page {
  window: Record<string, unknown>;
  written: string[];
}

/** Runs the head's inline scripts; `between` stands for the CDN script loading (or failing). */
const IN_EXCEL = '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

function load(search: string, between: (window: Record<string, unknown>) => void, name = ''): Page {
  const written: string[] = [];
  const window: Record<string, unknown> = { location: { search }, name, JSON };
  window.window = window;
  window.document = { write: (s: string) => written.push(s) };
  const context = vm.createContext(window);
  vm.runInContext(scripts[0], context);
  between(window);
  vm.runInContext(scripts[1], context);
  return { window, written };
}

describe('office.js loader of taskpane.html', () => {
  it('has the two loader scripts before the bundle', () => {
    assert.equal(scripts.length, 2);
    assert.doesNotMatch(head, /^\s*<script src=/m, 'no static office.js tag: the loader decides');
  });

  it('loads office.js from the CDN, with an onerror that marks the failure', () => {
    const page = load(IN_EXCEL, (w) => {
      w.Office = {};
    });
    assert.equal(page.written.length, 1);
    assert.match(page.written[0], new RegExp(`src="${CDN.replace(/[.]/g, '\\.')}"`));
    assert.match(page.written[0], /onerror="window\.__goujiOfficeJsFailed = true"/);
    assert.equal(page.window.__goujiOfficeJs, 'cdn');
  });

  it('falls back to the local copy when the CDN cannot be reached', () => {
    const failed = load(IN_EXCEL, (w) => {
      w.__goujiOfficeJsFailed = true;
    });
    assert.equal(failed.written[1], '<script src="office-js/office.js"></script>');
    assert.equal(failed.window.__goujiOfficeJs, 'local');
    // A proxy answering with an error page: the script "loads" but defines no Office.
    const blocked = load('', () => undefined, JSON.stringify({ hostInfo: 'Excel|Web|16.00|zh-CN' }));
    assert.equal(blocked.window.__goujiOfficeJs, 'local');
  });

  it('loads no office.js in WPS or in a plain browser (the browser page asks nothing of any server)', () => {
    for (const search of ['?host=wps', '', '?x=1']) {
      const page = load(search, () => undefined);
      assert.deepEqual(page.written, []);
      assert.equal(page.window.__goujiOfficeJs, 'none');
    }
  });
});
