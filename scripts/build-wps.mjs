#!/usr/bin/env node
/**
 * Builds the WPS 表格 add-in for both ways of deploying it (docs/wps.md):
 *   <out>/offline/gouji_<version>/  + publish.xml   — copy into the user's jsaddons folder
 *   <out>/online/gouji/             + jsplugins.xml — put on an intranet web server, oem.ini points at it
 * Each add-in folder holds wps/ribbon.xml, index.html, main.js, images/ and the built task pane (the
 * webpack output, dist-web) under web/, without office.js and source maps: the pane's own files only.
 *
 * node scripts/build-wps.mjs [--web dist-web] [--out dist-wps] [--base-url http://server/gouji/]
 */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'gouji';
const ADDIN_FILES = ['ribbon.xml', 'index.html', 'main.js', 'images'];
const BASE_URL_PLACEHOLDER = 'http://内网服务器地址/gouji/';

function fail(message) {
  console.error(`build:wps 失败：${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { web: 'dist-web', out: 'dist-wps', baseUrl: process.env.GOUJI_WPS_BASE_URL || '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} 后面缺少取值`);
      return argv[++i];
    };
    if (arg === '--web') options.web = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--base-url') options.baseUrl = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(
        '用法：node scripts/build-wps.mjs [--web dist-web] [--out dist-wps] [--base-url http://服务器/gouji/]',
      );
      process.exit(0);
    } else fail(`不认识的参数 ${arg}`);
  }
  return options;
}

function xmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fillTemplate(file, values) {
  const text = fs.readFileSync(path.join(ROOT, 'wps', 'templates', file), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key) => (key in values ? xmlAttribute(values[key]) : whole));
}

/** WPS never loads office.js (taskpane.html skips it there), and source maps only serve debugging. */
function isPaneFile(webDir, file) {
  const rel = path.relative(webDir, file).split(path.sep);
  return rel[0] !== 'office-js' && !file.endsWith('.map');
}

function writeAddinFolder(folder, webDir) {
  fs.mkdirSync(folder, { recursive: true });
  for (const name of ADDIN_FILES)
    fs.cpSync(path.join(ROOT, 'wps', name), path.join(folder, name), { recursive: true });
  fs.cpSync(webDir, path.join(folder, 'web'), {
    recursive: true,
    filter: (file) => isPaneFile(webDir, file),
  });
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) fail(`package.json 的版本号 ${version} 不能用作文件夹名`);
  const webDir = path.resolve(ROOT, options.web);
  if (!fs.existsSync(path.join(webDir, 'taskpane.html')))
    fail(`${webDir} 中没有 taskpane.html：请先构建任务窗格（npm run build:web），或用 --web 指定其目录。`);
  let baseUrl = options.baseUrl.trim();
  if (baseUrl && !/^https?:\/\//i.test(baseUrl)) fail(`--base-url 应以 http:// 或 https:// 开头：${baseUrl}`);
  if (baseUrl && !baseUrl.endsWith('/')) baseUrl += '/';

  const out = path.resolve(ROOT, options.out);
  fs.rmSync(out, { recursive: true, force: true });
  const values = { NAME, VERSION: version, BASE_URL: baseUrl || BASE_URL_PLACEHOLDER };

  const offline = path.join(out, 'offline');
  writeAddinFolder(path.join(offline, `${NAME}_${version}`), webDir);
  fs.writeFileSync(path.join(offline, 'publish.xml'), fillTemplate('publish.xml', values));

  const online = path.join(out, 'online');
  writeAddinFolder(path.join(online, NAME), webDir);
  fs.writeFileSync(path.join(online, 'jsplugins.xml'), fillTemplate('jsplugins.xml', values));

  console.log(`WPS 加载项已生成：
  离线：${path.join(offline, `${NAME}_${version}`)}（连同 publish.xml 复制到 jsaddons 文件夹）
  在线：${path.join(online, NAME)}（放到内网服务器 ${values.BASE_URL}，再发布 jsplugins.xml）`);
  if (!baseUrl)
    console.warn(
      '提示：未指定 --base-url，jsplugins.xml 中的地址是占位符，在线部署前请用 --base-url 重新生成。',
    );
}

main();
