/**
 * Fluent UI set up for an intranet: a Chinese font stack, and the few icons the pane uses registered as
 * plain characters (Fluent's icon font would be fetched from a CDN that users cannot reach). Only characters
 * that the common fonts of Windows, Debian and 信创 Linux all draw (DejaVu, Noto): no ⛔, no ⓘ, no ⌕.
 */

import { createElement } from 'react';
import { createTheme, loadTheme, registerIcons, type ITheme } from '@fluentui/react';

const FONT =
  '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif';

const glyph = (text: string) => createElement('span', { 'aria-hidden': true, className: 'gj-glyph' }, text);

let done = false;

export function setUpFluent(): ITheme {
  const theme = createTheme({ defaultFontStyle: { fontFamily: FONT } });
  if (!done) {
    done = true;
    loadTheme(theme);
    registerIcons({
      icons: {
        ChevronDown: glyph('▾'),
        ChevronDownMed: glyph('▾'),
        ChevronUp: glyph('▴'),
        ChevronRight: glyph('▸'),
        ChevronRightMed: glyph('▸'),
        Cancel: glyph('✕'),
        Clear: glyph('✕'),
        Search: glyph('⚲'),
        CheckMark: glyph('✓'),
        More: glyph('…'),
        Info: glyph('ℹ'),
        ErrorBadge: glyph('✖'),
        Warning: glyph('⚠'),
        Completed: glyph('✓'),
        Blocked2: glyph('✖'),
        StatusCircleCheckmark: glyph('✓'),
        CircleRing: glyph('○'),
        StatusCircleRing: glyph('○'),
      },
    });
  }
  return theme;
}
