#!/usr/bin/env node
// Regenerates src/core/catalog/data/{functional,economic}.json from the shared material.
//   node scripts/build-catalog.mjs [path/to/shared]   (default ../shared, relative to the project root)
// Sources, all real data, nothing from memory:
//   - <shared>/catalog/economic.json: economic items read from web pages (kept with their pages);
//   - <shared>/corpus/cases/*-standard.xlsx: code+name pairs of 公开02/03/05 (function classification)
//     and 公开06 (economic), and the 类 names of 公开01 (no codes there: they go to `classNames`);
//   - <shared>/docs/published/*.txt: the same tables pasted as text (tab-separated cells).
// Only a clean 3/5/7-digit code cell next to a clean name cell is recorded; anything odd (a code split
// by a space, a name with a space or a digit in it) is reported on stderr and left out.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.argv[2] ?? '../shared');
const outDir = path.join(root, 'src/core/catalog/data');

const LEVEL = { 3: '类', 5: '款', 7: '项' };
const CODE = /^[23]\d{2}(\d{2}){0,2}$/;
const NAME = /^[^\s\d]*[\u4e00-\u9fff][^\s\d]*$/; // CJK, no whitespace, no digits
const TABLES = { functional: ['公开02', '公开03', '公开05'], economic: ['公开06'] };
const CODE_COLUMNS = { functional: [1], economic: [1, 4, 7] }; // 1-based; the name is in the next column
const warn = (msg) => console.error('warning: ' + msg);
const files = (dir, ext) => {
  const list = fs.readdirSync(dir).filter((f) => f.endsWith(ext));
  return list.sort();
};

// observations: kind -> code -> name -> Set(source id)
const obs = { functional: new Map(), economic: new Map() };
function record(code, name, source, where) {
  if (!CODE.test(code) || !NAME.test(name)) {
    if (/^[23][\d\s]{2,}$/.test(code)) warn(`odd pair left out, ${where}: "${code}" "${name}"`);
    return false;
  }
  const kind = code.startsWith('2') ? 'functional' : 'economic';
  const byName = obs[kind].get(code) ?? new Map();
  obs[kind].set(code, byName);
  byName.set(name, (byName.get(name) ?? new Set()).add(source));
  return true;
}

const text = (v) => {
  if (v != null && typeof v === 'object') v = v.richText ? v.richText.map((r) => r.text).join('') : v.result;
  return v == null ? '' : String(v).trim();
};
function ordinal(s) {
  // 一 .. 九十九
  const digit = (ch) => '一二三四五六七八九'.indexOf(ch) + 1;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? digit(s) : null;
  return (i === 0 ? 1 : digit(s[0])) * 10 + (s[i + 1] ? digit(s[i + 1]) : 0);
}

// ---- disclosures: workbooks (id and fiscal year from the file name, unit from the 部门 cell) ----
const casesDir = path.join(shared, 'corpus/cases');
const disclosures = [];
for (const file of files(casesDir, '-standard.xlsx')) {
  const id = file.replace('-standard.xlsx', '');
  const d = { id, year: Number(id.slice(-4)), unit: null, tables: new Set(), texts: [], classNames: [] };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(casesDir, file));
  for (const ws of wb.worksheets) {
    const tid = '公开' + (/公开\s*(\d+)/.exec(ws.name)?.[1] ?? '').padStart(2, '0');
    const kind = Object.keys(TABLES).find((k) => TABLES[k].includes(tid));
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const u = /^(?:编制)?部门：(.+)$/.exec(text(cell.value));
        if (u) d.unit ??= u[1].trim();
      });
      for (const cc of kind ? CODE_COLUMNS[kind] : []) {
        const code = text(row.getCell(cc).value);
        if (code && record(code, text(row.getCell(cc + 1).value), id, `${file} ${ws.name} row ${row.number}`))
          d.tables.add(tid);
      }
      const m = tid === '公开01' && /^([一二三四五六七八九十]+)、(.+支出)$/.exec(text(row.getCell(4).value));
      if (m) d.classNames.push({ ordinal: ordinal(m[1]), name: m[2], source: id });
    });
  }
  if (!d.unit) warn(`${file}: no 部门 cell found`);
  disclosures.push(d);
}
disclosures.sort((a, b) => a.year - b.year);

// ---- disclosures: published text (matched to a workbook by unit name and year in its opening) ----
const pubDir = path.join(shared, 'docs/published');
for (const file of files(pubDir, '.txt')) {
  const body = fs.readFileSync(path.join(pubDir, file), 'utf8');
  const head = body.slice(0, 3000).replace(/\s+/g, '');
  const d = disclosures.find((x) => x.unit && head.includes(x.unit) && head.includes(String(x.year)));
  let n = 0;
  body.split(/\r?\n/).forEach((line, i) => {
    const cells = line.split('\t').map((c) => c.trim());
    for (let c = 0; c + 1 < cells.length; c++) {
      const [code, name] = [cells[c], cells[c + 1]];
      if (!/^[23][\d\s]+$/.test(code) || /^[\d.,\s-]*$/.test(name)) continue; // not a code, or a value
      if (!d) warn(`${file}:${i + 1}: pair "${code}" "${name}" in a text with no matching workbook`);
      else if (record(code, name, d.id, `${file}:${i + 1}`)) n++;
    }
  });
  if (d && n) d.texts.push(file.slice(0, 3));
  console.error(`${file}: ${d ? d.id : 'no matching workbook'}, ${n} pairs`);
}

// ---- economic items of the shared web-sourced list --------------------------------------------
// file-level source: "URL (description); URL (description) ..."
const econShared = JSON.parse(fs.readFileSync(path.join(shared, 'catalog/economic.json'), 'utf8'));
const webSources = [...econShared.source.matchAll(/(https?:\/\/\S+) \(([^)]*)\)/g)].map(([, url, desc]) => {
  const [title, ...rest] = desc.split(', ');
  const id = 'web:' + new URL(url).hostname.replace(/^(www|m)\./, '').split('.')[0];
  return { id, title, url, note: rest.join(', ') || undefined };
});
for (const it of econShared.items) {
  const byName = obs.economic.get(it.code) ?? new Map();
  obs.economic.set(it.code, byName);
  for (const url of [it.source, ...(it.also_in ?? [])]) {
    const s = webSources.find((w) => w.url === url);
    if (!s) throw new Error(`economic.json ${it.code}: source ${url} not in the file-level source list`);
    byName.set(it.name, (byName.get(it.name) ?? new Set()).add(s.id));
  }
}

// ---- merge: one item per code ------------------------------------------------------------------
const fullWidth = (s) =>
  s.replace(/[(),:;]/g, (ch) => ({ '(': '（', ')': '）', ',': '，', ':': '：', ';': '；' })[ch]);
const seen = (srcs) => [...srcs].join(', ');
const order = (ids) => {
  const rank = (id) => (id.startsWith('web:') ? 1e4 : disclosures.findIndex((d) => d.id === id));
  return [...ids].sort((a, b) => rank(a) - rank(b));
};

function merge(kind) {
  const items = [];
  const variants = [];
  for (const code of [...obs[kind].keys()].sort()) {
    // group the forms that differ only in bracket/punctuation width; a group's form is its full-width
    // one when that was seen, else its most-sourced one
    const groups = new Map();
    for (const [name, srcs] of obs[kind].get(code)) {
      const g = groups.get(fullWidth(name)) ?? { key: fullWidth(name), forms: new Map(), sources: new Set() };
      g.forms.set(name, srcs);
      srcs.forEach((s) => g.sources.add(s));
      groups.set(g.key, g);
    }
    const form = (g) =>
      g.forms.has(g.key) ? g.key : [...g.forms].sort((a, b) => b[1].size - a[1].size)[0][0];
    // canonical: the group most sources agree on; on a tie, the longer name
    const ranked = [...groups.values()].sort(
      (a, b) => b.sources.size - a.sources.size || b.key.length - a.key.length,
    );
    // the item cites the sources of its canonical name; the others are cited in `variants`
    const sources = order(ranked[0].sources);
    const years = [...new Set(disclosures.filter((d) => sources.includes(d.id)).map((d) => d.year))];
    items.push({ code, name: form(ranked[0]), level: LEVEL[code.length], sources, years });
    for (const g of ranked.filter((x) => x.forms.size > 1)) {
      const names = [form(g), ...[...g.forms.keys()].filter((f) => f !== form(g))];
      const note =
        'bracket width only: ' + names.map((f) => `${f} in ${seen(order(g.forms.get(f)))}`).join('; ');
      variants.push({ code, names, note });
    }
    if (ranked.length > 1) {
      const names = ranked.map(form);
      const how = ranked.map((g) => `${form(g)} in ${seen(order(g.sources))}`).join('; ');
      variants.push({
        code,
        names,
        note: `names differ in substance; kept the one most sources agree on: ${how}`,
      });
    }
  }
  return { items, variants };
}

const sourceList = (kind) =>
  disclosures
    .filter((d) => [...obs[kind].values()].some((byName) => [...byName.values()].some((s) => s.has(d.id))))
    .map((d) => {
      const tables = TABLES[kind].filter((t) => d.tables.has(t)).map((t) => t.slice(2));
      const texts = d.texts.length ? ` and published text ${d.texts.join(', ')}` : '';
      const where = `shared corpus workbook 公开${tables.join('/')}${texts}`;
      return { id: d.id, title: `${d.unit}${d.year}年度部门决算`, year: d.year, where };
    });

const note = (what, web) =>
  `Partial list of ${what}, built only from code+name pairs observed in real published disclosures` +
  (web ? ' and in excerpts of public web pages' : '') +
  '; every item names the sources it was seen in. It is not the official yearly list: a code not listed ' +
  'here is not evidence of an error, only that no source at hand showed it. See README.md.';

// 类 names without codes: from liujiang2022's 公开01 (the others are checked against it)
const classSrc =
  disclosures.find((d) => d.id === 'liujiang2022') ?? disclosures.find((d) => d.classNames.length);
for (const d of disclosures.filter((x) => x.classNames.length && x !== classSrc)) {
  if (d.classNames.map((c) => c.name).join() !== classSrc.classNames.map((c) => c.name).join())
    warn(`${d.id} 公开01 类 list differs from ${classSrc.id}`);
}

const fn = merge('functional');
const ec = merge('economic');
const outputs = {
  'functional.json': {
    kind: '支出功能分类科目',
    complete: false,
    note: note('支出功能分类科目 (function classification)', false),
    sources: sourceList('functional'),
    classNames: classSrc.classNames,
    ...fn,
  },
  'economic.json': {
    kind: '部门支出经济分类科目',
    complete: false,
    note: note('部门支出经济分类科目 (economic classification)', true),
    sources: [...sourceList('economic'), ...webSources],
    ...ec,
  },
};

// one entry per line keeps the files readable and their diffs small
const format = (obj) =>
  '{\n' +
  Object.entries(obj)
    .map(([k, v]) => {
      const rows = Array.isArray(v) && v.length && typeof v[0] === 'object';
      const val = rows
        ? '[\n' + v.map((x) => '    ' + JSON.stringify(x)).join(',\n') + '\n  ]'
        : JSON.stringify(v);
      return `  ${JSON.stringify(k)}: ${val}`;
    })
    .join(',\n') +
  '\n}\n';

fs.mkdirSync(outDir, { recursive: true });
for (const [file, data] of Object.entries(outputs)) {
  const ids = new Set(data.sources.map((s) => s.id));
  const bad = data.items.filter((it) => !it.sources.length || !it.sources.every((s) => ids.has(s)));
  if (bad.length) throw new Error(`${file}: items with unknown sources: ${bad.map((it) => it.code)}`);
  fs.writeFileSync(path.join(outDir, file), format(data));
  const count = (lv) => data.items.filter((i) => i.level === lv).length;
  const extra = data.classNames ? `, ${data.classNames.length} classNames` : '';
  console.log(
    `${file}: ${data.items.length} items (类 ${count('类')}, 款 ${count('款')}, 项 ${count('项')})${extra}`,
  );
  for (const v of data.variants) console.log(`  variant ${v.code}: ${v.names.join(' | ')} (${v.note})`);
}
