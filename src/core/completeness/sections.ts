/**
 * Finding the part of a 情况说明 that covers a topic: a heading with the topic's words (not one
 * inside the printed tables, not a table of contents entry), or, when the narrative is worded
 * without such a heading, the passage around a sentence that can only belong to the topic.
 */

import { compact, compactKey, type CompactText } from '../narrative/compact';
import type { RuleContext } from '../rules/rule';
import type { CompletenessTopic } from './topics';
import { headingAt, headingPath, readOutline, type Heading, type Outline } from './outline';

export interface CompletenessDoc {
  text: string;
  outline: Outline;
  /** The whole text without white space, with offsets back into it. */
  compact: CompactText;
}

export interface Scope {
  start: number;
  end: number;
  /** The heading the scope is the body of; null when it was found by its wording alone. */
  heading: Heading | null;
  /** The span to point at: the heading line, or the sentence that proves the topic. */
  at: { start: number; end: number };
  /** The scope's text without white space. */
  key: string;
}

export interface SectionSpec {
  /** Words of the heading. */
  heading: RegExp;
  /** Words that rule a heading out, in its title or in any heading above it. */
  exclude?: RegExp;
  /** Words (over the text without white space) that show the topic when no heading names it. */
  anchor?: RegExp;
  /** An anchor match right after these characters does not count. */
  anchorNotAfter?: string;
}

export type Located =
  { kind: 'found'; scope: Scope } | { kind: 'empty'; heading: Heading } | { kind: 'absent' };

/** Parts of a disclosure that print the tables: their headings are table titles, not sections. */
const TABLE_PART = /决算表$|报表$|公开表$|决算表格$/;

/** A blank line: a line break, white space, a line break. */
const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;

const docs = new WeakMap<RuleContext, CompletenessDoc>();

export function completenessDoc(ctx: RuleContext): CompletenessDoc | null {
  if (ctx.narrative === null) return null;
  let doc = docs.get(ctx);
  if (!doc) {
    const text = ctx.narrative;
    doc = { text, outline: readOutline(text), compact: compact(text) };
    docs.set(ctx, doc);
  }
  return doc;
}

function eligible(doc: CompletenessDoc, h: Heading, spec: SectionSpec): boolean {
  if (!spec.heading.test(h.title)) return false;
  const path = headingPath(doc.outline, h);
  if (path.some((t) => TABLE_PART.test(t.replace(/[。.]$/, '')))) return false;
  return !spec.exclude || !path.some((t) => spec.exclude!.test(t));
}

export function scopeOf(
  doc: CompletenessDoc,
  start: number,
  end: number,
  heading: Heading | null,
  at: Scope['at'],
): Scope {
  return { start, end, heading, at, key: compactKey(doc.text, start, end) };
}

/** Where the paragraph holding an offset begins: after the last blank line (LF or CRLF) before it. */
function paragraphStart(text: string, offset: number): number {
  let start = 0;
  for (const m of text.slice(0, offset).matchAll(BLANK_LINE)) start = m.index + m[0].length;
  return start;
}

/**
 * The passage of a topic found by its wording: from its sub-heading (or paragraph) to the next main
 * heading, at most 3000 characters; sub-headings under it (（一）, 1.) belong to it.
 */
function passageFrom(
  doc: CompletenessDoc,
  offset: number,
  around: Heading | undefined,
): { start: number; end: number } {
  const start = around && around.level >= 2 ? around.start : paragraphStart(doc.text, offset);
  const next = doc.outline.headings.find((h) => h.start > offset && h.level <= 1);
  return { start, end: Math.min(next ? next.start : doc.text.length, start + 3000) };
}

/** A section's end, taking in the siblings right after it that name the topic too ((一)…, (二)…). */
function siblingsEnd(doc: CompletenessDoc, h: Heading, spec: SectionSpec): number {
  let end = h.bodyEnd;
  for (const next of doc.outline.headings.slice(h.index + 1)) {
    if (next.start !== end) break;
    if (next.level !== h.level || next.parent !== h.parent || !eligible(doc, next, spec)) break;
    end = next.bodyEnd;
  }
  return end;
}

/** The section of a topic: the first heading that names it and has a body, else its wording. */
export function locate(doc: CompletenessDoc, spec: SectionSpec): Located {
  let empty: Heading | null = null;
  for (const h of doc.outline.headings) {
    if (!eligible(doc, h, spec)) continue;
    if (!h.hasContent) {
      empty ??= h;
      continue;
    }
    return {
      kind: 'found',
      scope: scopeOf(doc, h.start, siblingsEnd(doc, h, spec), h, { start: h.start, end: h.end }),
    };
  }
  if (spec.anchor) {
    const re = new RegExp(spec.anchor.source, spec.anchor.flags.replace('g', '') + 'g');
    for (const m of doc.compact.key.matchAll(re)) {
      if (spec.anchorNotAfter && doc.compact.key.endsWith(spec.anchorNotAfter, m.index)) continue;
      const start = doc.compact.offsets[m.index];
      const end = doc.compact.offsets[m.index + m[0].length - 1] + 1;
      if (doc.outline.headings.some((h) => h.start <= start && start < h.end)) continue;
      const around = headingAt(doc.outline, start);
      const path = around ? headingPath(doc.outline, around) : [];
      if (path.some((t) => TABLE_PART.test(t)) || (spec.exclude && path.some((t) => spec.exclude!.test(t))))
        continue;
      const body = passageFrom(doc, start, around);
      return { kind: 'found', scope: scopeOf(doc, body.start, body.end, null, { start, end }) };
    }
  }
  return empty ? { kind: 'empty', heading: empty } : { kind: 'absent' };
}

/** A reason given for a change or a difference. */
export const REASON = /原因|主要是|主要系|由于|因为|所致|导致|致使|因(?!公|素)/;
/** A statement that there is nothing to explain: no difference, no change. */
export const NO_DIFFERENCE = /持平|不存在差异|无差异|没有差异|一致|无变化|没有变化|未发生变化|相等|相同/;
/** A comparison with the previous year. */
export const PREVIOUS_YEAR = /(?:与|比|较|同)(?:上|去)年|上年度?|上一年|(?:与|比|较)\d{4}年|同比/;
/** A change word with its amount: "增加43.03万元", "减少154.7万元". */
export const CHANGE_AMOUNT =
  /(?:增加|减少|增长|下降|降低|上升|节约|减)了?(\d[\d,]*(?:\.\d+)?)(?:万元|元|亿元|万|%)/g;

/** A topic's section as the face of the disclosure words it too: its headings join the rule's own. */
export function sectionOfFace(ctx: RuleContext, topic: CompletenessTopic, spec: SectionSpec): SectionSpec {
  const extra = ctx.face?.sections[topic];
  if (!extra) return spec;
  return { ...spec, heading: new RegExp(`${spec.heading.source}|${extra.source}`, spec.heading.flags) };
}
