/** 文字规范性: the text errors reviewers mark by hand, in the narrative and the sheets — every rule, in listing order. */

import type { Rule } from '../rules/rule';
import { textTemplateResidue } from './rules/template-residue';

export const WORDING_RULES: Rule[] = [textTemplateResidue];
