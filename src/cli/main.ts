#!/usr/bin/env node
/** `gouji`: the command line over the core, reading files through the file-system host. */

import path from 'path';
import { InputError } from '../core/errors';
import { forTerminal } from '../core/format/terminal';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_INPUT = 2;

async function listRules(): Promise<string> {
  const [
    { CAUSE_RULES },
    { COMPLETENESS_RULES, RULE_TOPICS },
    { NARRATIVE_RULES },
    { TABLE_RULES },
    { NOTICE_RULE },
  ] = await Promise.all([
    import('../core/causes'),
    import('../core/completeness'),
    import('../core/narrative'),
    import('../core/rules'),
    import('./notices'),
  ]);
  return [...TABLE_RULES, ...NARRATIVE_RULES, ...CAUSE_RULES, ...COMPLETENESS_RULES]
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
  if (batch) return (await (await import('./batch/run-batch')).runBatch(batch)).exitCode;
  const { assertNotInput, OutputError, writeFileSafely } = await import('../hosts/file/safe-write');
  if (args.out) await assertNotInput(args.out, [args.workbook, args.narrative, ...args.catalogs], '--out');
  const { isPdfPath } = await import('../hosts/file/read-pdf-file');
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
  const report = withNotices(
    checkWorkbook(loaded?.snapshot ?? null, { year: args.year, narrative, catalogs, face: args.face }),
    [...(loaded?.snapshot.notices ?? []), ...(narrativeFile?.notices ?? [])],
  );
  if (loaded && report.tables.length === 0)
    throw new InputError(
      `工作簿“${path.basename(args.workbook!)}”中没有识别到任何部门决算公开表（公开01–09）。请确认各表的标题（如“收入支出决算总表”“支出决算表”）和表头完整`,
    );
  // The results first: a failed write below loses none of them.
  process.stdout.write(
    args.format === 'json' ? JSON.stringify(report, null, 1) + '\n' : formatText(report) + '\n',
  );
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

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
