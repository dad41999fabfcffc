/** 关于/诊断: what the pane runs in (host, webview user agent), for users to report problems. */

import type { HostInfo } from '../../hosts/host';

interface Props {
  info: HostInfo;
}

const NOTES: Record<HostInfo['notes'], string> = {
  note: '批注（备注）',
  comment: '批注（评论）',
  none: '不写批注',
};

export function AboutPanel({ info }: Props) {
  return (
    <section className="gj-about" aria-label="关于与诊断">
      <p>勾稽：部门决算公开表与情况说明的勾稽关系审核。所有审核都在本机完成，不上传任何数据。</p>
      <dl className="gj-about-list">
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
    </section>
  );
}
