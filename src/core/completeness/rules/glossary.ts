import type { Rule } from '../../rules/rule';
import { headingText, onNarrative } from '../shared';
import { completenessDoc, locate, sectionOfFace } from '../sections';

/** A glossary entry: "基本支出：指为保障机构正常运转……". */
const ENTRY =
  /^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[、.．]\s*)?[“"]?[^，。：:\s]{2,16}[”"]?\s*[：:]\s*(?:指|是指|反映|即|为保障|单位|事业单位)/;

export const completenessGlossary: Rule = {
  id: 'completeness.glossary',
  title: '缺少名词解释',
  description:
    '决算公开应附名词解释（财政拨款收入、基本支出、项目支出、“三公”经费、机关运行经费等）；没有为警告。',
  severity: 'warning',
  check(ctx, report) {
    const doc = completenessDoc(ctx);
    if (!doc) return;
    const found = locate(
      doc,
      sectionOfFace(ctx, '名词解释', { heading: /名词解释|名词说明|名词释义|术语解释|专业名词/ }),
    );
    if (found.kind === 'found') return;
    const entries = doc.text.split('\n').filter((l) => ENTRY.test(l)).length;
    if (entries >= 3) return;
    if (found.kind === 'empty')
      report(
        onNarrative(
          doc,
          '名词解释',
          `${headingText(doc, found.heading)}下面没有内容：缺少名词解释`,
          'warning',
          found.heading,
        ),
      );
    else report(onNarrative(doc, '名词解释', '情况说明中没有名词解释', 'warning'));
  },
};
