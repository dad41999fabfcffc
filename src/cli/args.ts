/** Command-line arguments of `gouji`, parsed without surprises: unknown options are an error. */

import { FACE_CHOICES, type FaceId } from '../core/faces/choices';

export interface CheckArgs {
  command: 'check';
  workbook: string | null;
  narrative: string | null;
  year: number | null;
  format: 'text' | 'json';
  out: string | null;
  /** The user's subject catalogues (the year's official list), added to the bundled one. */
  catalogs: string[];
  /** The given catalogues are the complete official list: an unknown code is then a warning. */
  catalogComplete: boolean;
  /** Batch mode (the workbook is a folder): narratives folder, 汇总.xlsx, annotated copies, threads. */
  narratives: string | null;
  summary: string | null;
  outDir: string | null;
  workers: number | null;
  /** The face to read the tables in (--face); detected from titles and headers when absent. */
  face?: FaceId | null;
  /** Last year's disclosure (--last-year 上年.xlsx|.pdf) and its narrative when kept apart (--last-year-narrative). */
  lastYear?: string | null;
  lastYearNarrative?: string | null;
}

export type CliArgs = CheckArgs | { command: 'rules' } | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法：
  gouji check <工作簿.xlsx|决算公开.pdf> [--narrative <情况说明.txt|.docx|.pdf>] [--year 2024]
              [--format text|json] [--out <标注后的副本.xlsx|.pdf>]
              [--catalog <科目目录.xlsx|.csv> [--catalog-complete]]
              [--face mof|shanghai|central-4]   所审核文件的表格式（默认自动识别；上年决算总是自动识别）
              [--last-year <上年.xlsx|.pdf> [--last-year-narrative <上年情况说明>]]   与上年决算跨年比较
  gouji check --narrative <情况说明.txt|.docx|.pdf> 只审核情况说明
  gouji check <文件夹> [--narratives <情况说明文件夹>] [--summary <汇总.xlsx>]
              [--out-dir <标注副本文件夹>] [--workers 2]   批量审核文件夹中的全部工作簿和 PDF
  gouji rules                                     列出全部审核规则

退出码：0 无错误；1 发现错误；2 输入无法读取。`;

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'rules') return { command: 'rules' };
  if (command !== 'check') throw new UsageError(`未知命令“${command}”`);
  const args: CheckArgs = {
    command: 'check',
    workbook: null,
    narrative: null,
    year: null,
    format: 'text',
    out: null,
    catalogs: [],
    catalogComplete: false,
    narratives: null,
    summary: null,
    outDir: null,
    workers: null,
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`选项 ${a} 缺少取值`);
      return v;
    };
    if (a === '--narrative') args.narrative = value();
    else if (a === '--out') args.out = value();
    else if (a === '--last-year') args.lastYear = value();
    else if (a === '--last-year-narrative') args.lastYearNarrative = value();
    else if (a === '--narratives') args.narratives = value();
    else if (a === '--summary') args.summary = value();
    else if (a === '--out-dir') args.outDir = value();
    else if (a === '--workers') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--workers 应为 1 到 64 之间的整数');
      args.workers = n;
    } else if (a === '--catalog') args.catalogs.push(value());
    else if (a === '--catalog-complete') args.catalogComplete = true;
    else if (a === '--face') {
      const f = value();
      const choice = FACE_CHOICES.find((x) => x.id === f);
      if (!choice)
        throw new UsageError(
          `未知的格式“${f}”：--face 只能是 ${FACE_CHOICES.map((x) => `${x.id}（${x.name}）`).join('、')}`,
        );
      args.face = choice.id;
    } else if (a === '--year') {
      const y = Number(value());
      if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new UsageError(`--year 应为四位年份，如 2024`);
      args.year = y;
    } else if (a === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format 只能是 text 或 json`);
      args.format = f;
    } else if (a.startsWith('--')) throw new UsageError(`未知选项“${a}”`);
    else if (args.workbook === null) args.workbook = a;
    else throw new UsageError(`多余的参数“${a}”`);
  }
  if (!args.workbook && !args.narrative) throw new UsageError('请给出要审核的工作簿或 --narrative 情况说明');
  if (args.catalogComplete && args.catalogs.length === 0)
    throw new UsageError('--catalog-complete 需要同时给出 --catalog 科目目录文件');
  if (args.out && !args.workbook) throw new UsageError('--out 需要同时给出工作簿');
  if (args.lastYear && !args.workbook) throw new UsageError('--last-year 需要同时给出本年的工作簿或 PDF');
  if (args.lastYearNarrative && !args.lastYear)
    throw new UsageError('--last-year-narrative 需要同时给出 --last-year 上年决算');
  return args;
}
