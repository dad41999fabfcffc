/** The WPS add-in package: ribbon.xml against the entry script, the entry script on a fake ET, the build. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import vm from 'node:vm';
import { takeCommand } from '../../src/hosts/wps/ribbon-commands';
import { fakeApplication, type FakeApplication } from '../fakes/wps';
import { methodStyle } from '../fakes/wps/method-style';

const ROOT = path.join(__dirname, '..', '..');
const WPS = path.join(ROOT, 'wps');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const ADDIN_URL = `file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/gouji_${VERSION}/index.html`;

const ribbonXml = fs.readFileSync(path.join(WPS, 'ribbon.xml'), 'utf8');

/** Every attribute of every element named `tag`. */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  const list: Array<Record<string, string>> = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attributes[a[1]] = a[2];
    list.push(attributes);
  }
  return list;
}

/** Callback attributes of customUI: onLoad, onAction, getImage, getEnabled, getLabel, getVisible… */
function ribbonCallbacks(xml: string): string[] {
  const names = new Set<string>();
  for (const m of xml.matchAll(/\s(on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)) names.add(m[2]);
  return [...names];
}

interface EntryPage {
  context: Record<string, unknown>;
  alerts: string[];
  call(name: string, ...args: unknown[]): unknown;
}

/** main.js in a sandbox with a minimal window, as WPS runs it in the add-in's hidden page. */
function loadEntryScript(app?: FakeApplication, href = ADDIN_URL): EntryPage {
  const alerts: string[] = [];
  const context: Record<string, unknown> = {
    document: { location: { href } },
    alert: (m: string) => alerts.push(m),
  };
  context.window = context;
  if (app) context.Application = app;
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(WPS, 'main.js'), 'utf8'), context, { filename: 'wps/main.js' });
  const call = (name: string, ...args: unknown[]) => {
    let target: unknown = context;
    for (const part of name.split('.')) target = (target as Record<string, unknown>)[part];
    return (target as (...a: unknown[]) => unknown)(...args);
  };
  return { context, alerts, call };
}

function lookUp(context: Record<string, unknown>, name: string): unknown {
  return name
    .split('.')
    .reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], context);
}

describe('WPS ribbon and entry page', () => {
  it('has the 勾稽审核 tab with its three buttons', () => {
    assert.equal(elements(ribbonXml, 'tab')[0]?.label, '勾稽审核');
    assert.deepEqual(
      elements(ribbonXml, 'button').map((b) => b.label),
      ['打开审核面板', '开始审核', '清除标记'],
    );
    assert.match(ribbonXml, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });

  it('finds every ribbon.xml callback as a function of the entry script', () => {
    const callbacks = ribbonCallbacks(ribbonXml);
    assert.ok(
      callbacks.includes('OnAddinLoad') && callbacks.includes('OnAction') && callbacks.includes('GetImage'),
    );
    const { context } = loadEntryScript();
    for (const name of callbacks)
      assert.equal(typeof lookUp(context, name), 'function', `${name} in main.js`);
  });

  it('loads main.js from the entry page', () => {
    const html = fs.readFileSync(path.join(WPS, 'index.html'), 'utf8');
    assert.match(html, /<script src="main\.js"><\/script>/);
  });

  it('gives each button an image that the add-in folder holds', () => {
    const page = loadEntryScript(fakeApplication([]));
    for (const button of elements(ribbonXml, 'button')) {
      const image = page.call(button.getImage, { Id: button.id }) as string;
      assert.ok(fs.existsSync(path.join(WPS, image)), `${button.id}: ${image}`);
    }
  });

  it('opens one task pane on the built page beside the entry page and keeps its id', () => {
    const app = fakeApplication([{ name: '表', cells: { A1: 1 } }]);
    const page = loadEntryScript(app);
    assert.equal(page.call('OnAddinLoad', { Invalidate() {} }), true);
    page.call('OnAction', { Id: 'goujiOpenPane' });
    page.call('OnAction', { Id: 'goujiOpenPane' });
    assert.equal(app.taskPanes.length, 1);
    const pane = app.taskPanes[0];
    assert.equal(pane.url, ADDIN_URL.replace('index.html', 'web/taskpane.html?host=wps'));
    assert.equal(pane.Visible, true);
    assert.equal(app.PluginStorage.getItem('gouji.taskpaneId'), pane.ID);
    assert.deepEqual(page.alerts, []);
  });

  it('works where the build exposes PluginStorage and ActiveWorkbook as methods', () => {
    const app = fakeApplication([{ name: '表', cells: { A1: 1 } }]);
    const page = loadEntryScript(methodStyle(app));
    page.call('OnAction', { Id: 'goujiCheck' });
    assert.deepEqual(page.alerts, []);
    assert.equal(takeCommand(app.PluginStorage, Date.now()), 'check');
    assert.equal(app.taskPanes.length, 1);
  });

  it('hands 开始审核 and 清除标记 to the pane through PluginStorage', () => {
    const app = fakeApplication([{ name: '表', cells: { A1: 1 } }]);
    const page = loadEntryScript(app);
    page.call('OnAction', { Id: 'goujiCheck' });
    assert.equal(takeCommand(app.PluginStorage, Date.now()), 'check');
    page.call('OnAction', { Id: 'goujiClear' });
    assert.equal(takeCommand(app.PluginStorage, Date.now()), 'clear');
    assert.equal(app.taskPanes.length, 1, 'the pane is shown so that it can run the command');
  });

  it('tells the user in Chinese when there is no workbook or no WPS', () => {
    const app = fakeApplication([]);
    Object.defineProperty(app, 'ActiveWorkbook', { get: () => null });
    const page = loadEntryScript(app);
    page.call('OnAction', { Id: 'goujiCheck' });
    assert.match(page.alerts[0], /请先打开要审核的决算公开表/);
    const outside = loadEntryScript();
    outside.call('OnAction', { Id: 'goujiOpenPane' });
    assert.match(outside.alerts[0], /没有找到 WPS 表格的接口/);
  });
});

function runBuild(args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-wps.mjs'), ...args], {
    encoding: 'utf8',
  });
}

describe('build:wps', () => {
  it('emits the offline folder with publish.xml and the online folder with jsplugins.xml', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-wps-'));
    try {
      const web = path.join(tmp, 'dist-web');
      fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(web, 'taskpane.html'), '<!doctype html><title>勾稽</title>');
      fs.writeFileSync(path.join(web, 'assets', 'taskpane.js'), 'console.log(1)');
      // What the web build holds for Excel only: WPS never loads office.js; maps only serve debugging.
      fs.mkdirSync(path.join(web, 'office-js', 'zh-cn'), { recursive: true });
      fs.writeFileSync(path.join(web, 'office-js', 'office.js'), 'var Office;');
      fs.writeFileSync(path.join(web, 'office-js', 'zh-cn', 'office_strings.js'), '');
      fs.writeFileSync(path.join(web, 'assets', 'taskpane.js.map'), '{}');
      const out = path.join(tmp, 'out');
      const result = runBuild(['--web', web, '--out', out, '--base-url', 'http://10.0.0.8/R&D/gouji']);
      assert.equal(result.status, 0, result.stderr);

      const offline = path.join(out, 'offline', `gouji_${VERSION}`);
      const online = path.join(out, 'online', 'gouji');
      for (const folder of [offline, online]) {
        for (const file of ['ribbon.xml', 'index.html', 'main.js', 'images/check.svg', 'web/taskpane.html'])
          assert.ok(fs.existsSync(path.join(folder, file)), `${folder}/${file}`);
        assert.equal(fs.readFileSync(path.join(folder, 'ribbon.xml'), 'utf8'), ribbonXml);
        assert.equal(fs.readFileSync(path.join(folder, 'web/assets/taskpane.js'), 'utf8'), 'console.log(1)');
        assert.ok(!fs.existsSync(path.join(folder, 'web/office-js')), 'no office.js in the WPS add-in');
        assert.ok(!fs.existsSync(path.join(folder, 'web/assets/taskpane.js.map')), 'no source maps');
      }

      const publish = elements(fs.readFileSync(path.join(out, 'offline', 'publish.xml'), 'utf8'), 'jsplugin');
      assert.deepEqual(publish, [
        {
          name: 'gouji',
          type: 'et',
          url: `gouji_${VERSION}`,
          version: VERSION,
          enable: 'enable_dev',
          install: 'null',
          customDomain: '',
        },
      ]);
      const jsplugins = fs.readFileSync(path.join(out, 'online', 'jsplugins.xml'), 'utf8');
      const entry = elements(jsplugins, 'jspluginonline');
      assert.equal(entry.length, 1);
      assert.equal(entry[0].url, 'http://10.0.0.8/R&amp;D/gouji/', 'the URL is escaped for XML');
      assert.equal(entry[0].type, 'et');
      assert.doesNotMatch(jsplugins, /\{\{/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('refuses with a Chinese message when the task pane has not been built', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-wps-'));
    try {
      const result = runBuild(['--web', path.join(tmp, 'missing'), '--out', path.join(tmp, 'out')]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /没有 taskpane\.html/);
      assert.ok(!fs.existsSync(path.join(tmp, 'out')), 'nothing is written');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
