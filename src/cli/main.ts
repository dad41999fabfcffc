#!/usr/bin/env node
/** `gouji`: the command line over the core, reading files through the file-system host. */

import path from 'path';
import { InputError } from '../core/errors';
import { forTerminal, toJson } from '../core/format/terminal';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_INPUT = 2;

async function listRules(): Promise<string> {
  const [
    { CAUSE_RULES },
    { COMPLETENESS_RULES, RULE_TOPICS },
    { NARRATIVE_RULES },
    { TABLE_RULES, YEAR_RULES },
    { NOTICE_RULE },
    { WORDING_RULES },
  ] = await Promise.all([
    import('../core/causes'),
    import('../core/completeness'),
    import('../core/narrative'),
    import('../core/rules'),
    import('./notices'),
    import('../core/wording'),
  ]);
  return [
    ...TABLE_RULES,
    ...NARRATIVE_RULES,
    ...WORDING_RULES,
    ...CAUSE_RULES,
    ...COMPLETENESS_RULES,
    ...YEAR_RULES,
  ]
    .map((r) => {
      const topics = RULE_TOPICS[r.id];
      return `${r.id}\t${r.severity}\t${r.title}\n\t${r.description}${topics ? `\n\t主题：${topics.join('、')}` : ''}`;
    })
    .concat(
      `${NOTICE_RULE}\twarning\t读取输入时的提示\n\t读取文件时不得不推断或无法读取的内容：情况说明的文字编码、隐藏的工作表、同一张表的第二份等。`,
    )
    .join('\n');
}

// Modules are loaded when the command needs them (import() in the code path): `gouji --help` loads no
// core and no workbook library, a workbook check no PDF library, a check without --out no writer.
async function runCheck(args: CheckArgs): Promise<number> {
  const batch = await (await import('./batch/command')).batchArgsOf(args);
  if (batch) {
    if (args.lastYear)
      throw new InputError(
        '批量审核时按单位和年度自动配对上年决算，不需要 --last-year；请把各年的文件放在同一文件夹中',
      );
    return (await (await import('./batch/run-batch')).runBatch(batch)).exitCode;
  }
  const { assertNotInput, OutputError, writeFileSafely } = await import('../hosts/file/safe-write');
  if (args.out)
    await assertNotInput(
      args.out,
      [
        args.workbook,
        args.narrative,
        ...args.catalogs,
        args.lastYear ?? null,
        args.lastYearNarrative ?? null,
      ],
      '--out',
    );
  const { isPdfPath } = await import('../hosts/file/pdf-path');
  if (args.workbook && isPdfPath(args.workbook)) return (await import('./check-pdf')).runPdfCheck(args);
  if (args.out && isPdfPath(args.out))
    throw new InputError('--out 为 .pdf 时输入须是 PDF；工作簿的标注副本请写为 .xlsx');
  const narrativeFile = args.narrative
    ? await (await import('../hosts/file/read-narrative')).readNarrative(args.narrative)
    : null;
  const narrative = narrativeFile?.text ?? null;
  const loaded = args.workbook
    ? await (await import('../hosts/file/read-workbook')).readWorkbookFile(args.workbook)
    : null;
  const catalogs = await (await import('./catalogs')).catalogsOf(args);
  const [{ checkWorkbook }, { withNotices }, { formatText }] = await Promise.all([
    import('../core/check'),
    import('./notices'),
    import('../core/format/text'),
  ]);
  let report = withNotices(
    checkWorkbook(loaded?.snapshot ?? null, { year: args.year, narrative, catalogs, face: args.face }),
    [...(loaded?.snapshot.notices ?? []), ...(narrativeFile?.notices ?? [])],
  );
  if (loaded && report.tables.length === 0)
    throw new InputError(
      `工作簿“${path.basename(args.workbook!)}”中没有识别到任何部门决算公开表（公开01–09）。请确认各表的标题（如“收入支出决算总表”“支出决算表”）和表头完整`,
    );
  if (loaded && args.lastYear) {
    const { addLastYear, readLastYear } = await import('./last-year');
    // --face names this year's file: last year's is read in the face it prints (a face can change between years).
    report = addLastYear(
      report,
      {
        file: path.basename(args.workbook!),
        source: 'xlsx',
        workbook: loaded.snapshot,
        narrative,
        year: args.year,
        face: args.face,
      },
      await readLastYear(args.lastYear, { narrative: args.lastYearNarrative }),
    );
  }
  // The results first: a failed write below loses none of them.
  process.stdout.write(args.format === 'json' ? toJson(report) + '\n' : formatText(report) + '\n');
  const exitCode = report.summary.error > 0 ? EXIT_ERRORS : EXIT_OK;
  if (loaded && args.out) {
    try {
      const { annotatedCopy } = await import('../hosts/file/annotated-copy');
      await writeFileSafely(args.out, await annotatedCopy(loaded, report));
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      process.stderr.write(forTerminal(`gouji：${err.message}。审核结果已在上方输出；原有文件未被改动\n`));
      return EXIT_INPUT;
    }
    if (args.format === 'text') process.stdout.write(`已写出标注副本：${args.out}\n`);
  }
  return exitCode;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        process.stdout.write(USAGE + '\n');
        return EXIT_OK;
      case 'version':
        process.stdout.write('gouji 0.1.0\n');
        return EXIT_OK;
      case 'rules':
        process.stdout.write((await listRules()) + '\n');
        return EXIT_OK;
      case 'check':
        return await runCheck(args);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(forTerminal(`gouji：${err.message}\n\n${USAGE}\n`));
      return EXIT_INPUT;
    }
    if (err instanceof InputError) {
      process.stderr.write(forTerminal(`gouji：${err.message}\n`));
      return EXIT_INPUT;
    }
    process.stderr.write(
      forTerminal(`gouji：内部错误，请将此信息反馈给开发者：${(err as Error).stack ?? err}\n`),
    );
    return EXIT_INPUT;
  }
}

/**
 * The process-level guards of the command line (also installed by the fuzz worker, which runs main in its own
 * process): pdf.js, reading a damaged file on this thread, leaves promises rejected that nobody awaits (its
 * worker code's XRefEntryException, FormatError); they are not the outcome of the check and are ignored. An
 * exception thrown where no caller can catch it (a library's timer or callback) ends the run with exit 2 and
 * main's Chinese 内部错误 line, not node's bare trace and exit 1.
 */
export function guardProcess(): void {
  process.on('unhandledRejection', () => undefined);
  // Not known to happen: reported as the internal error it is (with its trace, for the developers), so that the
  // fuzz run counts it, but still in Chinese and with the input-error exit code, as main's own catch does.
  process.on('uncaughtException', (err) => {
    process.stderr.write(
      forTerminal(
        `gouji：内部错误（读取输入文件时意外中断，未能完成审核），请将此信息反馈给开发者：${err?.stack ?? err}\n`,
      ),
    );
    process.exit(EXIT_INPUT);
  });
}

/**
 * The process around main: a promise rejected inside a library (pdf.js, on a damaged file) and never awaited
 * does not end the run with node's English trace; should main be left waiting on it, the run ends with exit 2
 * and a Chinese message instead of a silent exit.
 */
export function runProcess(argv: string[]): void {
  let finished = false;
  guardProcess();
  process.on('beforeExit', () => {
    if (finished) return;
    finished = true;
    process.stderr.write('gouji：读取输入文件时中断（文件可能已损坏或不完整），未能完成审核\n');
    process.exitCode = EXIT_INPUT;
  });
  void main(argv).then((code) => {
    finished = true;
    process.exitCode = code;
  });
}

if (require.main === module) runProcess(process.argv.slice(2));
