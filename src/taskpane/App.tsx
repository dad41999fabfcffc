/**
 * The task pane: the same React app in Excel, in WPS and on the browser page. It talks only to the Host
 * interface and the core; the browser page adds its own export of the annotated copy through a prop.
 */

import { useEffect, useMemo, useState } from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem } from '@fluentui/react';
import type { Finding, NarrativeSpan } from '../core/report';
import type { Host, HostInfo } from '../hosts/host';
import { AboutPanel } from './components/AboutPanel';
import { CheckBar } from './components/CheckBar';
import { CollapsibleSection } from './components/CollapsibleSection';
import { CompletenessPanel } from './components/CompletenessPanel';
import { ExportBar } from './components/ExportBar';
import { FindingsPanel } from './components/FindingsPanel';
import { IgnoreDialog } from './components/IgnoreDialog';
import { LastYearSection } from './components/LastYearSection';
import { NarrativePanel } from './components/NarrativePanel';
import { SettingsPanel } from './components/SettingsPanel';
import { TablesList } from './components/TablesList';
import { UnreadTables } from './components/UnreadTables';
import { checklistOf } from './logic/completeness';
import { downloadBytes, JSON_TYPE, XLSX_TYPE } from './logic/download';
import {
  exportBaseName,
  reportForExport,
  reportJson,
  reportWorkbook,
  type ExportedReport,
} from './logic/export-report';
import { buildFindingsView } from './logic/findings-view';
import type { IgnoredMap } from './logic/ignore';
import { usePane } from './use-pane';

export interface AppProps {
  /** null on the browser page before a workbook is opened: the narrative can still be checked. */
  host: Host | null;
  info: HostInfo;
  /** Where the pane has the workbook's file (the browser page): export an annotated copy of it. */
  exportAnnotated?: (report: ExportedReport) => Promise<void>;
  /** A narrative to start with (the browser page's bundled sample). */
  initialNarrative?: string | null;
  /** The open workbook's name, which the narrative goes with. */
  workbookName?: string | null;
  /** Changed by the page when 开始审核 should take the focus (a workbook was just loaded). */
  focusCheck?: number;
}

type Tab = 'results' | 'completeness' | 'settings' | 'about';

/** The id of a tab's header, for the panel's aria-labelledby. */
const tabId = (key: string) => `gj-tab-${key}`;

export function App({ host, info, exportAnnotated, initialNarrative, workbookName, focusCheck }: AppProps) {
  const pane = usePane(host, initialNarrative ?? '');
  const { report, settings, ignored, narrative } = pane.state;
  const [tab, setTab] = useState<Tab>('results');
  const [ignoring, setIgnoring] = useState<Finding | null>(null);
  const [highlight, setHighlight] = useState<NarrativeSpan | null>(null);
  const [narrativeOpen, setNarrativeOpen] = useState(!host);
  const [listFocus, setListFocus] = useState(0);
  /** The 忽略 reasons as last exported (the browser page keeps them only in memory until then). */
  const [exported, setExported] = useState<IgnoredMap | null>(null);

  // On the browser page the 忽略 reasons live in the tab until exported: closing it asks first. The add-ins
  // keep them in the document (saveState) and need no warning.
  const unexported = info.kind === 'browser' && Object.keys(ignored).length > 0 && exported !== ignored;
  useEffect(() => {
    if (!unexported) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Chromium 80 (older webviews) asks only when returnValue is set.
      e.returnValue = '有未导出的忽略理由，关闭后将丢失';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unexported]);

  const findings = useMemo(
    () =>
      !report
        ? []
        : settings.showInfo
          ? report.findings
          : report.findings.filter((f) => f.severity !== 'info'),
    [report, settings.showInfo],
  );
  // The summary counts the whole report (less accepted findings and consequences), hidden tails included:
  // the summary says they are hidden rather than 提示 0.
  const counts = useMemo(
    () => (report ? buildFindingsView(report.findings, ignored, pane.state.filter).summary : null),
    [report, ignored, pane.state.filter],
  );
  // The findings across years as the list shows them: counted once, as the summary counts (忽略 left out).
  const acrossYears = useMemo(() => {
    const c = buildFindingsView(
      findings.filter((f) => f.rule.startsWith('year.')),
      ignored,
      pane.state.filter,
    ).summary;
    return c.error + c.warning + c.info;
  }, [findings, ignored, pane.state.filter]);
  const checklist = useMemo(() => (report ? checklistOf(report) : null), [report]);
  const checked = report ? (report.checked ?? { tables: report.tables.length > 0, narrative: false }) : null;

  const showNarrative = (f: Finding) => {
    if (!f.narrative) return;
    setNarrativeOpen(true);
    setHighlight({ ...f.narrative });
  };
  const openChecklistFinding = (f: Finding) => {
    if (f.sheet && f.cell) void pane.select({ sheet: f.sheet, cell: f.cell }, f.related ?? []);
    else showNarrative(f);
  };
  const exportXlsx = async (annotated: boolean) => {
    if (!report) return;
    const kept = reportForExport(report, ignored);
    try {
      if (annotated && exportAnnotated) await exportAnnotated(kept);
      else downloadBytes(await reportWorkbook(kept), `${exportBaseName(report)}-审核结果.xlsx`, XLSX_TYPE);
      setExported(ignored);
    } catch (err) {
      pane.setError(`导出失败：${(err as Error).message}`);
    }
  };
  const exportJson = () => {
    if (!report) return;
    downloadBytes(
      reportJson(reportForExport(report, ignored)),
      `${exportBaseName(report)}-审核结果.json`,
      JSON_TYPE,
    );
    setExported(ignored);
  };
  const canCheck = !!host || narrative.trim() !== '';
  const boundTo = workbookName ?? (report ? report.workbook : null);

  return (
    <div className="gj-pane">
      <CheckBar
        busy={pane.state.busy}
        progress={pane.state.progress}
        report={report}
        counts={counts}
        tailsHidden={!settings.showInfo}
        canCheck={canCheck}
        canClear={!!host}
        stale={pane.state.stale}
        status={pane.state.status}
        focusToken={focusCheck}
        onCheck={() => void pane.check()}
        onClear={() => void pane.clearMarks()}
      />
      {!host && !report && (
        <p className="gj-hint">未打开工作簿：只审核情况说明，或先打开 .xlsx 公开表或 PDF 文件。</p>
      )}
      {pane.state.notices.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {pane.state.notices.join('；')}
        </MessageBar>
      )}
      {pane.state.error && (
        <MessageBar
          messageBarType={MessageBarType.error}
          onDismiss={() => pane.setError(null)}
          dismissButtonAriaLabel="关闭"
        >
          {pane.state.error}
        </MessageBar>
      )}
      <CollapsibleSection
        id="gj-narrative-body"
        open={narrativeOpen}
        onToggle={setNarrativeOpen}
        title={`情况说明：${narrative.trim() ? `已提供（${narrative.length} 字）` : '未提供（粘贴或打开文件后一并审核）'}`}
      >
        <NarrativePanel
          narrative={narrative}
          onChange={pane.setNarrative}
          keep={pane.state.keepNarrative}
          onKeep={pane.changeKeep}
          highlight={highlight}
          workbook={boundTo}
          canKeep={!!host}
          onReturn={() => setListFocus((n) => n + 1)}
        />
      </CollapsibleSection>
      <LastYearSection
        key={boundTo ?? ''}
        lastYear={pane.state.lastYear}
        onChange={pane.changeLastYear}
        count={acrossYears}
        disabled={!host}
      />
      <Pivot
        selectedKey={tab}
        onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)}
        headersOnly
        className="gj-tabs"
        aria-label="任务窗格"
        getTabId={tabId}
      >
        <PivotItem headerText="结果" itemKey="results" />
        <PivotItem headerText="完整性" itemKey="completeness" />
        <PivotItem headerText="设置" itemKey="settings" />
        <PivotItem headerText="关于" itemKey="about" />
      </Pivot>
      <div className="gj-tab-body" role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'results' &&
          (report ? (
            <>
              <UnreadTables findings={findings} ignored={ignored} onSelect={(t) => void pane.select(t)} />
              <TablesList
                tables={report.tables}
                onSelect={(t) => void pane.select(t)}
                sheets={pane.state.sheets}
                face={settings.face}
                onFace={(face) => void pane.changeSettings({ ...settings, face })}
                assignments={pane.state.assignments}
                onAssign={(a) => void pane.assign(a)}
                onUnassign={(a) => void pane.unassign(a)}
                readSelection={host?.readSelection?.bind(host)}
              />
              <ExportBar
                disabled={pane.state.busy}
                xlsxLabel={exportAnnotated ? '导出标注副本' : '导出结果 .xlsx'}
                onXlsx={() => void exportXlsx(true)}
                onJson={exportJson}
                onResults={
                  exportAnnotated && report.source === 'pdf' ? () => void exportXlsx(false) : undefined
                }
              />
              <FindingsPanel
                findings={findings}
                ignored={ignored}
                filter={pane.state.filter}
                onFilter={pane.setFilter}
                onSelect={(t, r) => void pane.select(t, r)}
                onShowNarrative={showNarrative}
                onIgnore={setIgnoring}
                onUnignore={(f) => void pane.unignore(f)}
                tables={report.tables}
                focusToken={listFocus}
              />
            </>
          ) : (
            <p className="gj-empty">
              {canCheck
                ? `点“开始审核”检查${host ? '公开表' : ''}${host && narrative.trim() ? '和' : ''}${narrative.trim() ? '情况说明' : ''}。`
                : '先打开 .xlsx 公开表或 PDF（或粘贴情况说明），再点“开始审核”。'}
            </p>
          ))}
        {tab === 'completeness' && (
          <CompletenessPanel items={checklist} checked={checked} onOpen={openChecklistFinding} />
        )}
        {tab === 'settings' && (
          <SettingsPanel settings={settings} onChange={(s) => void pane.changeSettings(s)} />
        )}
        {tab === 'about' && <AboutPanel info={info} report={report} />}
      </div>
      <IgnoreDialog
        finding={ignoring}
        onConfirm={(f, reason) => {
          setIgnoring(null);
          void pane.ignore(f, reason);
        }}
        onCancel={() => setIgnoring(null)}
        onClosed={() => setListFocus((n) => n + 1)}
      />
    </div>
  );
}
