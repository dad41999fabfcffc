/**
 * A folded section above the tabs (情况说明, 上年决算): a button saying what the section holds, with a chevron,
 * that shows or hides its body (aria-expanded and aria-controls name the body for screen readers).
 */

import type { ReactNode } from 'react';

interface Props {
  /** The body's id, named by the button's aria-controls. */
  id: string;
  open: boolean;
  onToggle(open: boolean): void;
  /** The button's text (what the section holds). */
  title: ReactNode;
  /** When given, the body is a region of that name; else a plain block (its content names itself). */
  region?: string;
  children: ReactNode;
}

export function CollapsibleSection({ id, open, onToggle, title, region, children }: Props) {
  return (
    <div className="gj-narrative-section">
      <button
        type="button"
        className="gj-narrative-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onToggle(!open)}
      >
        <span className="gj-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {title}
      </button>
      {region ? (
        <section id={id} hidden={!open} aria-label={region}>
          {children}
        </section>
      ) : (
        <div id={id} hidden={!open}>
          {children}
        </div>
      )}
    </div>
  );
}
