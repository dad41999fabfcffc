import type { Catalog } from '../catalog';
import { location } from '../report';
import type { CellRef, TableId } from '../tables/model';
import type { FindingDraft, Rule } from './rule';

interface Use {
  code: string;
  name: string;
  codeRef: CellRef;
  nameRef: CellRef;
  table: TableId;
}

function checkUses(report: (f: FindingDraft) => void, catalog: Catalog, uses: Use[], kind: string): void {
  const unknown = new Map<string, Use[]>();
  for (const u of uses) {
    const entry = catalog.lookup(u.code);
    if (!entry) {
      if (unknown.has(u.code)) unknown.get(u.code)!.push(u);
      else unknown.set(u.code, [u]);
      continue;
    }
    if (u.name && !catalog.nameMatches(u.code, u.name))
      report({
        message: `${u.table} 科目 ${u.code} 名称为“${u.name}”，${kind}中该代码的名称为“${entry.name}”`,
        ...location(u.nameRef),
        table: u.table,
      });
  }
  for (const [code, list] of unknown) {
    const [u, ...others] = list;
    report({
      severity: catalog.complete ? 'warning' : 'info',
      message: `${u.table} 科目代码 ${code}${u.name ? `（${u.name}）` : ''} 不在${kind}中${catalog.complete ? '' : '（目录尚不完整，请人工核对）'}`,
      ...location(u.codeRef),
      related: others.map((o) => location(o.codeRef)),
      table: u.table,
    });
  }
}

export const codeCatalog: Rule = {
  id: 'code.catalog',
  title: '科目代码或名称与科目目录不符',
  description:
    '功能分类科目（公开02/03/05/07/08）与经济分类科目（公开06）的名称应为科目目录中该代码的名称；目录中没有的代码列为提示（目录尚不完整）。',
  severity: 'warning',
  check(ctx, report) {
    const functional: Use[] = [];
    for (const id of ['公开02', '公开03', '公开05', '公开07', '公开08'] as const)
      for (const r of ctx.coded(id)?.rows ?? [])
        functional.push({ code: r.code, name: r.name, codeRef: r.codeRef, nameRef: r.nameRef, table: id });
    checkUses(report, ctx.catalogs.functional, functional, '支出功能分类科目目录');
    const economic: Use[] = [];
    for (const e of ctx.economic()?.entries ?? [])
      economic.push({ code: e.code, name: e.name, codeRef: e.codeRef, nameRef: e.nameRef, table: '公开06' });
    checkUses(report, ctx.catalogs.economic, economic, '部门支出经济分类科目目录');
  },
};
