/** Topic by topic, the checker agrees with the labels of the corpus narratives and of the published disclosures. */

import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import {
  completeness,
  corpusLabels,
  corpusText,
  publishedLabels,
  publishedText,
  stateOf,
  type Labels,
} from './helpers';

function agree(labels: Labels, read: (file: string) => string): void {
  for (const [file, topics] of Object.entries(labels)) {
    test(`${file}: every topic as labelled (present / weak / missing, with the sentence that proves it)`, async () => {
      const text = read(file);
      const findings = await completeness(text);
      for (const [topic, label] of Object.entries(topics)) {
        if (label.evidence) assert.ok(text.includes(label.evidence), `${topic}: evidence not in ${file}`);
        const on = findings.filter((f) => f.topic === topic);
        if (label.state === 'n/a') {
          assert.deepEqual(on, [], `${topic} cannot be judged from a narrative`);
          continue;
        }
        const got = stateOf(findings, topic);
        assert.equal(got, label.state, `${file} ${topic}: ${on.map((f) => f.message).join(' | ')}`);
      }
    });
  }
}

agree(corpusLabels().narratives, corpusText);
agree(publishedLabels().narratives, publishedText);

test('the labels cover every topic of the report contract', () => {
  const { topics, narratives } = corpusLabels();
  assert.equal(topics.length, 16);
  for (const labels of [...Object.values(narratives), ...Object.values(publishedLabels().narratives)])
    assert.deepEqual(Object.keys(labels).sort(), [...topics].sort());
});

test('a weak topic points at the passage it judged, a missing one names what is missing', async () => {
  const text = corpusText('danfeng2024.txt');
  const findings = await completeness(text);
  const counts = findings.find((f) => f.topic === '三公数量')!;
  assert.equal(counts.severity, 'info');
  assert.equal(counts.narrative?.text, '九、财政拨款“三公”经费及会议费、培训费支出决算情况说明');
  assert.equal(text.slice(counts.narrative!.start, counts.narrative!.end), counts.narrative!.text);
  assert.match(counts.message, /团组数、人次.*公务接待批次、人次/);
  const glossary = findings.find((f) => f.topic === '名词解释')!;
  assert.equal(glossary.severity, 'warning');
  assert.equal(glossary.rule, 'completeness.glossary');
  assert.match(glossary.message, /没有名词解释/);
});
