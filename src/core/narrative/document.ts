/** The parsed narrative: figures with the words that name them, sentences, sections and claims. */

import { labelKey, stripOrdinal } from '../text';
import { extractClaims, type NarrativeClaims } from './claims';
import {
  scanNumbers,
  splitSentences,
  type NarrativeNumber,
  type NarrativeSection,
  type NarrativeSentence,
} from './scan';

export interface NarrativeAmount extends NarrativeNumber {
  /** Position in NarrativeDoc.amounts. */
  index: number;
  sentence: number;
  section: number;
  /** Where the words naming this figure begin: after the previous figure or clause mark. */
  labelStart: number;
  /** Those words, normalised: half-width, no spaces, no ordinal, no leading 其中. */
  label: string;
}

export interface NarrativeDoc {
  text: string;
  sentences: NarrativeSentence[];
  sections: NarrativeSection[];
  /** Figures with a unit (万元, 元, 亿元, %), in text order. */
  amounts: NarrativeAmount[];
  /** The figures with a unit of each sentence, by sentence index. */
  amountsBySentence: NarrativeAmount[][];
  /** Figures without a unit (years, counts, "0X"-like slips are found elsewhere). */
  bareNumbers: NarrativeNumber[];
  claims: NarrativeClaims;
}

const CLAUSE_MARK = /[，,；;：:。！？!?\n]/;

function labelOf(raw: string): string {
  let key = labelKey(stripOrdinal(stripOrdinal(raw)));
  key = key.replace(/^(?:其中|包括|分别为|主要用于)/, '');
  return key;
}

export function sentenceText(doc: NarrativeDoc, index: number): string {
  const s = doc.sentences[index];
  return doc.text.slice(s.start, s.end);
}

/** The sentence text normalised for word matching (no spaces or line breaks, half-width). */
export function sentenceKey(doc: NarrativeDoc, index: number): string {
  return labelKey(sentenceText(doc, index));
}

export function sectionTitle(doc: NarrativeDoc, amount: { section: number }): string {
  return doc.sections[amount.section]?.title ?? '';
}

export function parseNarrative(text: string): NarrativeDoc {
  const numbers = scanNumbers(text);
  const { sentences, sections } = splitSentences(text);
  const amounts: NarrativeAmount[] = [];
  const bareNumbers: NarrativeNumber[] = [];
  let s = 0;
  for (const n of numbers) {
    while (s < sentences.length - 1 && sentences[s].end <= n.start) s++;
    if (!n.unit) {
      bareNumbers.push(n);
      continue;
    }
    const sentence = sentences[s] ?? { index: 0, start: 0, end: text.length, section: 0 };
    const previous = amounts[amounts.length - 1];
    let labelStart = Math.max(
      sentence.start,
      previous && previous.sentence === sentence.index ? previous.end : 0,
    );
    for (let i = n.start - 1; i >= labelStart; i--) {
      if (CLAUSE_MARK.test(text[i])) {
        labelStart = i + 1;
        break;
      }
    }
    while (labelStart < n.start && /\s/.test(text[labelStart])) labelStart++;
    amounts.push({
      ...n,
      index: amounts.length,
      sentence: sentence.index,
      section: sentence.section,
      labelStart,
      label: labelOf(text.slice(labelStart, n.start)),
    });
  }
  const amountsBySentence: NarrativeAmount[][] = sentences.map(() => []);
  for (const a of amounts) amountsBySentence[a.sentence]?.push(a);
  const doc: NarrativeDoc = {
    text,
    sentences,
    sections,
    amounts,
    amountsBySentence,
    bareNumbers,
    claims: null as unknown as NarrativeClaims,
  };
  doc.claims = extractClaims(doc);
  return doc;
}
