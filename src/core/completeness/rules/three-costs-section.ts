/** The 三公 section of a narrative, shared by the three 三公 topic rules. */

export const THREE_COSTS_SECTION = {
  heading: /三公/,
  exclude: /名词|绩效/,
  anchor: /三公经费(?:财政拨款)?(?:支出)?(?:决算|预算)?/,
};

/** "本部门无财政拨款“三公”经费支出": nothing was spent. */
export const NO_THREE_COSTS = /(?:无|没有|未发生)(?:财政拨款)?三公经费/;

/** A non-zero amount: "1.2万元", "1,049.22万元", "0.5万元" (not "0.00万元"). */
// The number must not continue another one; only .test() reads it, so the guard may consume a character
// (no regex lookbehind: older WPS engines cannot parse it).
const NONZERO_AMOUNT = /(?:^|[^\d.,])(?:[1-9][\d,]*(?:\.\d+)?|0?\.\d*[1-9]\d*)(?:万元|元)/;

/** The section says nothing was spent on 三公 and gives no non-zero amount. */
export function nothingSpent(key: string): boolean {
  return NO_THREE_COSTS.test(key) && !NONZERO_AMOUNT.test(key);
}
