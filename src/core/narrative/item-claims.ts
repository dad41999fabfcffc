/** 类/款/项 headers: "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）". */

import type { ItemHeader, ItemLevel, ItemLevelName } from './claims';
import { compact } from './compact';
import type { NarrativeDoc } from './document';

const HEADER = /([^()。:：;；，,]*?)\(类\)([^。:：;；，,]*?)\(款\)([^。:：;；，,]*?)\(项\)/g;
const LEADING_ORDINAL =
  /^(?:\d{1,2}[、.．]|\([一二三四五六七八九十\d]{1,2}\)[、.．]?|[一二三四五六七八九十]+、)+/;

export function extractItemHeaders(doc: NarrativeDoc): ItemHeader[] {
  const out: ItemHeader[] = [];
  for (const s of doc.sentences) {
    const c = compact(doc.text, s.start, s.end);
    if (!c.key.includes('(项)')) continue;
    HEADER.lastIndex = 0;
    for (let m = HEADER.exec(c.key); m; m = HEADER.exec(c.key)) {
      const levels: ItemLevel[] = [];
      let at = m.index;
      const names = [m[1], m[2], m[3]];
      const marks: ItemLevelName[] = ['类', '款', '项'];
      for (let i = 0; i < 3; i++) {
        const raw = names[i];
        const lead = i === 0 ? (LEADING_ORDINAL.exec(raw)?.[0].length ?? 0) : 0;
        const nameFrom = at + lead;
        const markEnd = at + raw.length + 3;
        levels.push({
          level: marks[i],
          name: raw.slice(lead),
          nameStart: c.offsets[nameFrom],
          start: c.offsets[nameFrom],
          end: c.offsets[markEnd - 1] + 1,
        });
        at = markEnd;
      }
      if (levels.some((l) => l.name === '')) continue;
      out.push({ start: levels[0].start, end: levels[2].end, levels });
    }
  }
  return out;
}
