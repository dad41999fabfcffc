import { topicRule } from '../section-rule';
import { nothingSpent, THREE_COSTS_SECTION } from './three-costs-section';

const COUNT = /\d+个?(?:团组|批次|批|人次|人)|(?:团组|批次|人次)\d+/;

/** The passages after each mention of a word, cut where another 三公 item begins. */
function windows(key: string, word: RegExp, stop: RegExp, length = 150): string[] {
  const out: string[] = [];
  const re = new RegExp(word.source, 'g');
  for (const m of key.matchAll(re)) {
    const rest = key.slice(m.index + m[0].length, m.index + m[0].length + length);
    const cut = stop.exec(rest);
    out.push(rest.slice(0, cut ? cut.index : rest.length));
  }
  return out;
}

export const completenessThreeCostsCounts = topicRule({
  id: 'completeness.three-costs-counts',
  title: '“三公”经费缺少数量信息',
  description:
    '“三公”经费应写数量：因公出国(境)团组数和人次、公务用车购置数和保有量、公务接待批次和人次；缺某项数量为提示（写明无支出的也应写明数量为0）；没有“三公”说明由“三公”经费未分项报告。',
  topic: '三公数量',
  section: THREE_COSTS_SECTION,
  what: '财政拨款“三公”经费支出的说明',
  reportsAbsence: false,
  lacks(scope) {
    const key = scope.key;
    const out: string[] = [];
    if (!windows(key, /出国/, /公务用车|公务接待|接待费/).some((w) => COUNT.test(w)))
      out.push('因公出国(境)团组数、人次');
    if (!windows(key, /购置/, /[。；;]|运行|保有/, 60).some((w) => /\d+辆/.test(w)))
      out.push('公务用车购置数');
    if (!/保有|(?:共有|实有|在用)[^。，；]{0,8}\d+辆/.test(key)) out.push('公务用车保有量');
    if (!windows(key, /接待/, /出国|公务用车/).some((w) => COUNT.test(w))) out.push('公务接待批次、人次');
    if (out.length === 0) return [];
    // Nothing spent: the counts are 0, but the section should still say so (团组0个, 保有0辆).
    return nothingSpent(key)
      ? [`写明无“三公”经费支出，但没有写${out.join('、')}（应为0）`]
      : [`没有写${out.join('、')}`];
  },
});
