/** 关于/诊断: the version and what the pane runs in (host, webview user agent), for users to report problems. */

import { useState } from 'react';
import { DefaultButton } from '@fluentui/react';
import pkg from '../../../package.json';
import type { Report } from '../../core/report';
import type { HostInfo } from '../../hosts/host';
import { faceName } from './TablesList';

interface Props {
  info: HostInfo;
  /** The last check, summarised in the diagnostics (counts and tables, never the figures). */
  report?: Report | null;
}

const version: string = pkg.version;

const NOTES: Record<HostInfo['notes'], string> = {
  note: '批注（备注）',
  comment: '批注（评论）',
  none: '不写批注',
};

/** The diagnostics a user pastes into a problem report: no cell value, no narrative text. */
export function diagnosticsText(info: HostInfo, report: Report | null | undefined): string {
  const lines = [
    `勾稽 ${version}`,
    `运行环境：${info.label}`,
    `标注方式：填充颜色 + ${NOTES[info.notes]}`,
    `修改后提醒重新审核：${info.watchesEdits ? '支持' : '不支持'}`,
    `浏览器内核：${info.userAgent}`,
  ];
  // The host's own lines: which office.js, the Office or WPS build, the capabilities in use or missing.
  for (const line of info.diagnostics ?? []) lines.push(`诊断：${line}`);
  if (report) {
    const s = report.summary;
    lines.push(
      `上次审核：表格 ${report.tables.length} 张，错误 ${s.error}，警告 ${s.warning}，提示 ${s.info}`,
    );
    const faces = [...new Set(report.tables.map((t) => faceName(t.face)).filter(Boolean))];
    if (faces.length) lines.push(`格式：${faces.join('、')}`);
  }
  return lines.join('\n');
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Webviews may refuse the clipboard API: fall back to a selected text area.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.left = '-10000px';
  document.body.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export function AboutPanel({ info, report }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const text = diagnosticsText(info, report);
  return (
    <section className="gj-about" aria-label="关于与诊断">
      <p>勾稽：部门决算公开表与情况说明的勾稽关系审核。所有审核都在本机完成，不上传任何数据。</p>
      <dl className="gj-about-list">
        <dt>版本</dt>
        <dd data-testid="version">{version}</dd>
        <dt>运行环境</dt>
        <dd data-testid="host-label">{info.label}</dd>
        <dt>标注方式</dt>
        <dd>填充颜色 + {NOTES[info.notes]}</dd>
        <dt>修改后提醒重新审核</dt>
        <dd>{info.watchesEdits ? '支持' : '不支持'}</dd>
        <dt>浏览器内核（User Agent）</dt>
        <dd className="gj-ua" data-testid="user-agent">
          {info.userAgent}
        </dd>
        {info.diagnostics && info.diagnostics.length > 0 ? (
          <>
            <dt>诊断</dt>
            <dd data-testid="host-diagnostics">
              {info.diagnostics.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <DefaultButton
        text="复制诊断信息"
        onClick={() =>
          void copyText(text).then((ok) =>
            setCopied(
              ok ? '已复制诊断信息，可粘贴到问题反馈中。' : '无法访问剪贴板，请手动选择下面的文字复制。',
            ),
          )
        }
      />
      {/* Mounted from the start so that the message is announced when it appears. */}
      <div role="status" className="gj-live">
        {copied && <p className="gj-status">{copied}</p>}
      </div>
      <pre className="gj-diagnostics" data-testid="diagnostics">
        {text}
      </pre>
    </section>
  );
}
