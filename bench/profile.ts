/**
 * `node --cpu-prof --import tsx bench/profile.ts <file.xlsx> [runs]`: loads one workbook and runs
 * checkWorkbook on it a few times, so that a CPU profile shows the core's hot paths. Summarise the
 * .cpuprofile with bench/profile-summary.ts.
 */

import { checkWorkbook } from '../src/core/check';
import { readWorkbookFile } from '../src/hosts/file/read-workbook';

async function main(): Promise<void> {
  const file = process.argv[2];
  const runs = Number(process.argv[3] ?? 3);
  const { snapshot } = await readWorkbookFile(file);
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const report = checkWorkbook(snapshot);
    console.log(
      `run ${i + 1}: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms, ${report.findings.length} findings`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
