import type { Rule } from '../../rules/rule';
import { onNarrative, scopeName } from '../shared';
import { completenessDoc, locate } from '../sections';
import { NO_PROCUREMENT, PROCUREMENT_SECTION } from './procurement';

export const completenessSme: Rule = {
  id: 'completeness.sme',
  title: '缺少授予中小企业合同金额',
  description:
    '政府采购应说明授予中小企业合同金额及其占政府采购支出总额的比例；有采购而未写为警告，无采购或未写比例为提示；没有政府采购说明由政府采购说明不全报告。',
  severity: 'warning',
  check(ctx, report) {
    const doc = completenessDoc(ctx);
    if (!doc) return;
    const found = locate(doc, PROCUREMENT_SECTION);
    const scope = found.kind === 'found' ? found.scope : null;
    const key = scope ? scope.key : doc.compact.key;
    const at = scope ? scope.at : null;
    const where = scope ? scopeName(doc, scope, '政府采购') : '情况说明';
    const m = /授予中小企业[^。；]*|中小企业[^。；]*/.exec(key);
    if (m) {
      if (!/\d(?:万元|元|万)/.test(m[0]))
        report(
          onNarrative(doc, '中小企业', `${where}提到中小企业，但没有写授予中小企业合同金额`, 'info', at),
        );
      else if (!/%|占/.test(m[0]))
        report(
          onNarrative(
            doc,
            '中小企业',
            `${where}没有写授予中小企业合同金额占政府采购支出总额的比例`,
            'info',
            at,
          ),
        );
      return;
    }
    // No 政府采购 section and no word of 中小企业: completeness.procurement reports the absence.
    if (found.kind === 'absent') return;
    if (scope && NO_PROCUREMENT.test(key)) {
      report(
        onNarrative(
          doc,
          '中小企业',
          `${where}写明无政府采购，但没有写授予中小企业合同金额（应为0）`,
          'info',
          at,
        ),
      );
      return;
    }
    report(onNarrative(doc, '中小企业', `${where}没有写授予中小企业合同金额及其占比`, 'warning', at));
  },
};
