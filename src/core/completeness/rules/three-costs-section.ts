/** The 三公 section of a narrative, shared by the three 三公 topic rules. */

export const THREE_COSTS_SECTION = {
  heading: /三公/,
  exclude: /名词|绩效/,
  anchor: /三公经费(?:财政拨款)?(?:支出)?(?:决算|预算)?/,
};

/** "本部门无财政拨款“三公”经费支出": nothing was spent. */
export const NO_THREE_COSTS = /(?:无|没有|未发生)(?:财政拨款)?三公经费/;
