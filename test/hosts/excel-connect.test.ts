/**
 * connectExcel with taskpane.html's office.js loader: it waits for the loader, says in Chinese when
 * neither office.js could be loaded, and inside Office waits for a slow Office.onReady again before it
 * gives up on Excel (outside Office, once).
 */

import assert from 'node:assert/strict';
import { afterEach, describe, it } from '@jest/globals';
import { connectExcel } from '../../src/hosts/excel';
import { OFFICE_JS_FAILED } from '../../src/hosts/excel/connect';
import { FakeExcel } from '../fakes/excel/fake-excel';

type Scope = {
  Office?: unknown;
  Excel?: unknown;
  __goujiOfficeJs?: string;
  __goujiOfficeJsWait?: (callback: () => void) => void;
};
const scope = globalThis as Scope;

function office(readyAfterMs: number) {
  const ready = new Promise((resolve) =>
    setTimeout(() => resolve({ host: 'Excel', platform: 'PC' }), readyAfterMs),
  );
  return {
    onReady: () => ready,
    context: { requirements: { isSetSupported: () => true } },
  };
}

afterEach(() => {
  delete scope.Office;
  delete scope.Excel;
  delete scope.__goujiOfficeJs;
  delete scope.__goujiOfficeJsWait;
});

describe('connectExcel and the office.js loader', () => {
  it('waits for the loader to finish before it looks for Office', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    let done: (() => void) | null = null;
    scope.__goujiOfficeJs = 'local';
    scope.__goujiOfficeJsWait = (callback) => {
      done = callback;
    };
    const connecting = connectExcel({ timeoutMs: 50 });
    await new Promise((r) => setTimeout(r, 20));
    scope.Office = office(0);
    scope.Excel = { run: fake.run };
    done!();
    assert.equal((await connecting).status, 'ready');
  });

  it('says in Chinese when neither the CDN nor the local copy could be loaded', async () => {
    scope.__goujiOfficeJs = 'failed';
    scope.__goujiOfficeJsWait = (callback) => callback();
    assert.deepEqual(await connectExcel(), { status: 'unsupported', message: OFFICE_JS_FAILED });
    assert.match(OFFICE_JS_FAILED, /无法载入 office\.js/);
  });

  it('inside Office, waits again for a slow Office.onReady; outside, once', async () => {
    const fake = FakeExcel.create([{ name: '表', cells: { A1: 1 } }]);
    scope.Excel = { run: fake.run };
    scope.Office = office(120);
    scope.__goujiOfficeJs = 'cdn';
    assert.equal((await connectExcel({ timeoutMs: 50, attempts: 4 })).status, 'ready');
    scope.Office = office(120);
    scope.__goujiOfficeJs = 'none';
    assert.equal((await connectExcel({ timeoutMs: 50, attempts: 4 })).status, 'absent');
    scope.Office = office(1000);
    scope.__goujiOfficeJs = 'local';
    assert.equal(
      (await connectExcel({ timeoutMs: 50, attempts: 2 })).status,
      'absent',
      'it gives up at last',
    );
  });
});
