/**
 * ET calls of the WPS host on a real corpus workbook (each member read, write or method call is a call
 * into WPS in the add-in), and the time the host's own code takes over the fake ET model.
 * Run: npx tsx bench/wps-host.bench.ts
 */

import { checkWorkbook } from '../src/core/check';
import { marksFromFindings } from '../src/core/marks';
import { createWpsHost } from '../src/hosts/wps';
import { fakeApplication } from '../test/fakes/wps';
import { counting, type CallCounter } from '../test/fakes/wps/counting';
import { corpusFixture } from '../test/hosts/host-suite';

async function main(): Promise<void> {
  for (const id of ['danfeng2024-standard', 'liujiang2022-stacked']) {
    const app = fakeApplication(await corpusFixture(id));
    const counter: CallCounter = { count: 0 };
    const host = createWpsHost(counting(app, counter));
    const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
      counter.count = 0;
      const t0 = process.hrtime.bigint();
      const result = await run();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(`${id} ${label}: ${counter.count} ET calls, ${ms.toFixed(1)} ms over the fake`);
      return result;
    };
    const snapshot = await step('readSnapshot', () => host.readSnapshot());
    const marks = marksFromFindings(
      checkWorkbook(snapshot as Awaited<ReturnType<typeof host.readSnapshot>>).findings,
    );
    console.log(`${id}: ${marks.length} marked cells`);
    await step('paintMarks', () => host.paintMarks(marks));
    await step('paintMarks again', () => host.paintMarks(marks));
    await step('clearMarks', () => host.clearMarks());
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
