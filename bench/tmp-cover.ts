import { readPdfFile } from '../src/hosts/file/read-pdf-file';
import { coverOf, departmentOf } from '../src/core/years/unit';
(async () => {
  for (const f of ['swu2023-real.pdf', 'putuo2024-real.pdf', 'danfeng2024-standard.pdf', 'liujiang2022-standard.wrap-mixed.pdf', 'D01.wrap.pdf']) {
    const l = await readPdfFile('test/fixtures/pdf/' + f);
    console.log(f, JSON.stringify(coverOf(l.layout.narrative)), departmentOf(l.layout.snapshot), JSON.stringify(l.layout.narrative.slice(0, 80)));
    console.log('  page1:', JSON.stringify(l.layout.snapshot.pages?.[0]).slice(0, 300));
  }
})();
