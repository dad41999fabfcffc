/**
 * Where a character of a textarea is drawn, wrapping included: a hidden copy of the box with the same width,
 * font and padding lays the text out as the textarea does, and a marker at the index gives its top.
 */

const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textTransform',
  'wordSpacing',
  'textIndent',
  'tabSize',
  'wordBreak',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;

/** The top of character `index` in the textarea's content, in pixels from the top of its text. */
export function caretTop(area: HTMLTextAreaElement, index: number): number {
  const doc = area.ownerDocument;
  const style = doc.defaultView ? doc.defaultView.getComputedStyle(area) : null;
  const mirror = doc.createElement('div');
  const m = mirror.style;
  if (style) for (const p of COPIED) m[p] = style[p];
  const padX = style ? parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) : 0;
  m.boxSizing = 'content-box';
  m.width = `${Math.max(0, area.clientWidth - (padX || 0))}px`;
  m.whiteSpace = 'pre-wrap';
  m.overflowWrap = 'break-word';
  m.position = 'absolute';
  m.visibility = 'hidden';
  m.top = '0';
  m.left = '-10000px';
  m.border = '0';
  mirror.textContent = area.value.slice(0, index);
  const marker = doc.createElement('span');
  marker.textContent = '\u200b';
  mirror.appendChild(marker);
  doc.body.appendChild(mirror);
  const top = marker.offsetTop - (style ? parseFloat(style.paddingTop) || 0 : 0);
  mirror.remove();
  return Math.max(0, top);
}

/** Scroll the textarea so that the character at `index` is in view, a third of the way down. */
export function scrollToIndex(area: HTMLTextAreaElement, index: number): void {
  area.scrollTop = Math.max(0, caretTop(area, index) - area.clientHeight / 3);
}
