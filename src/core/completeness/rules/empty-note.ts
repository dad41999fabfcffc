import { location } from '../../report';
import type { FindingDraft, Rule, RuleContext } from '../../rules/rule';
import { faceTableName } from '../../faces/names';
import { MOF_FACE } from '../../faces/mof';
import { isEmptyTable, type TableId } from '../../tables/model';
import { labelKey } from '../../text';
import { onNarrative } from '../shared';
import { completenessDoc, type CompletenessDoc } from '../sections';

type EmptyableId = '公开07' | '公开08' | '公开09';

/** The words naming each table's kind of money, and how a message names it. */
const SUBJECT: Record<EmptyableId, { re: RegExp; words: string }> = {
  公开07: { re: /政府性基金/, words: '政府性基金预算财政拨款收支' },
  公开08: { re: /国有资本经营/, words: '国有资本经营预算财政拨款收支' },
  公开09: { re: /三公/, words: '财政拨款“三公”经费支出' },
};
const IDS = Object.keys(SUBJECT) as EmptyableId[];

/** Words that explain an empty table in a note under it. */
const NOTE_NONE =
  /无数据|空表|没有|无此|不涉及|未发生|为零|为0|(?:^|[，。；、])无|本(?:部门|单位)(?:\d{4}年度?)?无/;
/** Words that state in the narrative that the unit had none: a zero figure alone is not one. */
const STATEMENT =
  /无数据|空表|没有|无此|不涉及|未发生|未安排|(?:^|[，。；、:：(])无|(?:本|我)(?:部门|单位|局)(?:\d{4}年度?)?(?:无|未)|年度无/;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * A figure that is not zero, with its unit ("12.5万元", "0.05元"), anywhere in the text. Linear: the figure
 * before each 元 is walked back over once (the regex it replaces restarted at every digit of a long run).
 */
function hasNonZeroAmount(text: string): boolean {
  for (let i = text.indexOf('元'); i >= 0; i = text.indexOf('元', i + 1)) {
    let p = i;
    if (text[p - 1] === '万' || text[p - 1] === '亿') p--;
    let j = p;
    while (isDigit(text[j - 1])) j--;
    if (j < p && text[j - 1] === '.' && isDigit(text[j - 2])) {
      j--;
      while (isDigit(text[j - 1])) j--;
    }
    for (let k = j; k < p; k++) if (text[k] >= '1' && text[k] <= '9') return true;
  }
  return false;
}
const ANY_AMOUNT = /\d(?:\.\d+)?(?:万元|元|亿元)/;

function sentences(text: string): string[] {
  return text
    .split(/[。\n]/)
    .map(labelKey)
    .filter((s) => s.length > 0);
}

/** True when a sentence of the narrative says the unit had none of this kind of money. */
export function narrativeExplains(narrative: string, id: TableId): boolean {
  const subject = SUBJECT[id as EmptyableId];
  if (!subject) return false;
  return sentences(narrative).some((s) => subject.re.test(s) && STATEMENT.test(s) && !hasNonZeroAmount(s));
}

function tableSide(ctx: RuleContext, report: (f: FindingDraft) => void): void {
  for (const t of ctx.tables) {
    if (!SUBJECT[t.id as EmptyableId] || !isEmptyTable(t)) continue;
    const face = ctx.face ?? MOF_FACE;
    if (t.notes.some((n) => NOTE_NONE.test(labelKey(n)) || face.emptyNote.test(labelKey(n)))) continue;
    if (ctx.narrative !== null && narrativeExplains(ctx.narrative, t.id)) continue;
    const where = `${faceTableName(face, t.id)}为空表`;
    report({
      severity: ctx.narrative === null ? 'info' : 'warning',
      message:
        ctx.narrative === null
          ? `${where}，表下没有说明原因；若情况说明中已说明可忽略（审核时附上情况说明即可核对）`
          : `${where}，表下和情况说明中都没有说明原因`,
      topic: '空表说明',
      ...location(t.titleRef),
      table: t.id,
    });
  }
}

/** Without the table: does the narrative say the unit had none, show money, or say nothing? */
function narrativeSide(doc: CompletenessDoc, id: EmptyableId, report: (f: FindingDraft) => void): void {
  if (narrativeExplains(doc.text, id)) return;
  const { re, words } = SUBJECT[id];
  const mentions: Array<{ key: string; start: number; end: number }> = [];
  let pos = 0;
  // Sentences with their full stop or line break (no regex lookbehind: older WPS engines cannot parse it).
  for (const raw of doc.text.match(/[^。\n]*[。\n]|[^。\n]+$/g) ?? []) {
    const key = labelKey(raw);
    if (re.test(key)) {
      const lead = raw.length - raw.trimStart().length;
      mentions.push({ key, start: pos + lead, end: pos + raw.trimEnd().length });
    }
    pos += raw.length;
  }
  if (mentions.some((m) => hasNonZeroAmount(m.key))) return;
  const zero = mentions.find((m) => ANY_AMOUNT.test(m.key));
  const bare = mentions[0];
  if (zero || bare) {
    report(
      onNarrative(
        doc,
        '空表说明',
        zero
          ? `情况说明写${words}为0，但没有说明本单位无此类收支、${id}为空表的原因（如“本部门无${words}，故${id}为空表”）`
          : // Mentioned without an amount read (none written, or a figure too malformed to read): not "为0".
            `情况说明提到${words}，但没有写出金额，也没有说明本单位无此类收支、${id}为空表的原因（如“本部门无${words}，故${id}为空表”）`,
        'info',
        zero ?? bare,
      ),
    );
    return;
  }
  if (id === '公开09') return;
  report(
    onNarrative(
      doc,
      '空表说明',
      `情况说明中没有${words}的说明（无此类收支时应写明，并说明${id}为空表）`,
      'warning',
    ),
  );
}

export const completenessEmptyNote: Rule = {
  id: 'completeness.empty-note',
  title: '空表未说明原因',
  description:
    '公开07/08/09 没有数据时，应在表下注明原因（如“本单位无政府性基金预算财政拨款收支，故本表无数据”），或在情况说明中说明；只有情况说明时，写了0而没有说明无此类收支为提示。',
  severity: 'warning',
  check(ctx, report) {
    tableSide(ctx, report);
    const doc = completenessDoc(ctx);
    if (!doc) return;
    for (const id of IDS) if (!ctx.tables.some((t) => t.id === id)) narrativeSide(doc, id, report);
  },
};
