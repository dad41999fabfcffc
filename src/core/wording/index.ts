/** 文字规范性: the text errors reviewers mark by hand, in the narrative and the sheets — every rule, in listing order. */

import type { Rule } from '../rules/rule';
import { textTemplateResidue } from './rules/template-residue';
import { textFigureConflict } from './rules/figure-conflict';
import { textFigureWording } from './rules/figure-text';
import { textFrame } from './rules/frame';
import { textParagraphEnd } from './rules/paragraph-end';
import { textPunctuation } from './rules/punctuation';
import { textPurposeCopy } from './rules/purpose-copy';
import { textSubjectName } from './rules/subject-name';
import { textSubjectParent } from './rules/subject-parent';
import { textUnitName } from './rules/unit-name';
import { textYear } from './rules/year';

export const WORDING_RULES: Rule[] = [
  textTemplateResidue,
  textUnitName,
  textSubjectName,
  textSubjectParent,
  textFigureWording,
  textFigureConflict,
  textPurposeCopy,
  textPunctuation,
  textParagraphEnd,
  textYear,
  textFrame,
];
