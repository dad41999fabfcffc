/** Narratives keep their line breaks as given: CRLF text gets the findings LF text gets, at the same places. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import type { Finding } from '../../src/core/report';
import { completeness, corpusText, publishedText } from './helpers';

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** A finding as compared: its rule, topic, severity, message and narrative span in LF offsets. */
function shape(f: Finding, text: string) {
  const lf = (at: number) => at - (text.slice(0, at).match(/\r/g)?.length ?? 0);
  const n = f.narrative;
  return {
    rule: f.rule,
    topic: f.topic,
    severity: f.severity,
    message: f.message.replace(/\r/g, ''),
    span: n ? [lf(n.start), lf(n.end), n.text.replace(/\r/g, '')] : null,
  };
}

async function sameWithCrlf(text: string, what: string) {
  const lfText = text.replace(/\r\n/g, '\n');
  const crlf = toCrlf(lfText);
  const a = (await completeness(lfText)).map((f) => shape(f, lfText));
  const b = (await completeness(crlf)).map((f) => shape(f, crlf));
  assert.ok(a.length > 0, what);
  assert.deepEqual(b, a, what);
}

test('completeness: a narrative with CRLF line breaks gives the findings and spans of its LF text', async () => {
  for (const name of ['danfeng2024.txt', 'liujiang2022.txt', 'longan2023.txt'])
    await sameWithCrlf(corpusText(name), name);
  for (const name of ['000_7039478323f8a84b.txt', '002_2fb42be3c1530c0d.txt', '003_801dc34b793b5deb.txt'])
    await sameWithCrlf(publishedText(name), name);
});

test('completeness: a topic found by its wording starts at its paragraph in CRLF text too', async () => {
  // Without its heading, the 政府采购 passage is found by its wording, from its paragraph on (the
  // heading above it, 十、机关运行经费, is a main heading): the paragraph must be found in CRLF text.
  const text = corpusText('danfeng2024.txt');
  const heading = '十一、政府采购支出情况说明';
  assert.ok(text.includes(heading));
  const cut = text.replace(heading, '');
  const lf = await completeness(cut);
  assert.deepEqual(
    lf.filter((f) => f.topic === '政府采购' || f.topic === '中小企业').map((f) => `${f.severity} ${f.topic}`),
    ['info 中小企业'],
  );
  await sameWithCrlf(cut, 'danfeng2024 without the 政府采购 heading');
});
