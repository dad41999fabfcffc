/**
 * The browser page: the task pane beside a grid of the workbook opened in the page. The same build is the
 * Excel add-in; here the workbook is a local .xlsx read with ExcelJS, and nothing leaves the machine.
 */

import { useMemo, useState } from 'react';
import { MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import type { HostInfo } from '../../host';
import { App } from '../../../taskpane/App';
import { downloadBytes, XLSX_TYPE } from '../../../taskpane/logic/download';
import type { ExportedReport } from '../../../taskpane/logic/export-report';
import { fileBytes } from '../../../taskpane/logic/narrative-file';
import { BrowserHost } from '../browser-host';
import { annotatedName, exportAnnotated } from '../export-annotated';
import { openDocument } from '../open-document';
import { PdfWorkbook } from '../open-pdf';
import type { BrowserWorkbook } from '../workbook-model';
import { FileOpener } from './FileOpener';
import { PdfPages } from './PdfPages';
import { SheetGrid } from './SheetGrid';

export const SAMPLE_WORKBOOK = '丹凤县医疗保障局2024-公开表.xlsx';
export const SAMPLE_NARRATIVE = '丹凤县医疗保障局2024-情况说明.txt';

function pageInfo(): HostInfo {
  return {
    kind: 'browser',
    label: '浏览器页面（本机打开的 .xlsx）',
    userAgent: navigator.userAgent,
    notes: 'note',
    watchesEdits: true,
  };
}

async function fetchBytes(name: string): Promise<Uint8Array> {
  const res = await fetch(`sample/${encodeURIComponent(name)}`);
  if (!res.ok) throw new Error(`示例文件“${name}”读取失败（${res.status}）`);
  return new Uint8Array(await res.arrayBuffer());
}

export function BrowserPage() {
  const [model, setModel] = useState<BrowserWorkbook | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [paneKey, setPaneKey] = useState(0);
  const [loadId, setLoadId] = useState(0);
  const [sampleNarrative, setSampleNarrative] = useState<string | null>(null);
  const [focusCheck, setFocusCheck] = useState(0);
  /** A PDF is shown as its pages; its rebuilt tables are one click away. */
  const [pdfView, setPdfView] = useState<'pages' | 'grid'>('pages');
  const host = useMemo(() => (model ? new BrowserHost(model) : null), [model]);
  const info = host ? host.info : pageInfo();

  const load = async (read: () => Promise<{ bytes: Uint8Array; name: string }>, narrative: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const { bytes, name } = await read();
      const opened = await openDocument(bytes, name);
      setModel(opened.model);
      setLoadId((n) => n + 1);
      setPdfView('pages');
      // The sample comes with its narrative (a fresh pane); a PDF brings its own (概况, 情况说明, 名词解释
      // read from the same file); another workbook leaves the pane, which drops the previous narrative itself.
      const text = narrative ?? opened.narrative;
      setSampleNarrative(text);
      if (text !== null) setPaneKey((k) => k + 1);
      // The next step is 开始审核: the focus goes there rather than to the page.
      setFocusCheck((n) => n + 1);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  };
  const openFile = (file: File) =>
    void load(async () => ({ bytes: await fileBytes(file), name: file.name }), null);
  const openSample = () =>
    void (async () => {
      try {
        const text = new TextDecoder('utf-8').decode(await fetchBytes(SAMPLE_NARRATIVE));
        await load(async () => ({ bytes: await fetchBytes(SAMPLE_WORKBOOK), name: SAMPLE_WORKBOOK }), text);
      } catch (err) {
        setError((err as Error).message);
      }
    })();
  const exportCopy = async (report: ExportedReport) => {
    if (!model) return;
    if (model instanceof PdfWorkbook)
      downloadBytes(
        await model.annotated(report),
        model.name.replace(/(\.pdf)?$/i, '-标注.pdf'),
        'application/pdf',
      );
    else downloadBytes(await exportAnnotated(model, report), annotatedName(model.name), XLSX_TYPE);
  };

  return (
    <div className="gj-page">
      <header className="gj-page-header">
        <h1>勾稽</h1>
        <span className="gj-page-sub">部门决算公开表与情况说明勾稽审核 · 浏览器页面</span>
        {model && (
          <span className="gj-file-name" title={model.name}>
            {model.name}
          </span>
        )}
      </header>
      <div className="gj-page-body">
        <main className={`gj-page-main${model ? '' : ' gj-page-main-empty'}`}>
          <FileOpener busy={loading} primary={!model} onFile={openFile} onSample={openSample} />
          {loading && <Spinner label="正在读取工作簿…" />}
          {error && (
            <MessageBar
              messageBarType={MessageBarType.error}
              onDismiss={() => setError(null)}
              dismissButtonAriaLabel="关闭"
            >
              {error}
            </MessageBar>
          )}
          {model instanceof PdfWorkbook && (
            <div className="gj-view-switch" role="group" aria-label="PDF 的显示方式">
              <button type="button" aria-pressed={pdfView === 'pages'} onClick={() => setPdfView('pages')}>
                PDF 页面
              </button>
              <button type="button" aria-pressed={pdfView === 'grid'} onClick={() => setPdfView('grid')}>
                重建的表格
              </button>
            </div>
          )}
          {model instanceof PdfWorkbook && pdfView === 'pages' ? (
            <PdfPages key={loadId} model={model} />
          ) : model ? (
            <SheetGrid key={loadId} model={model} />
          ) : (
            <p className="gj-empty">尚未打开工作簿。文件只在本机浏览器中读取，不会上传。</p>
          )}
        </main>
        <aside className="gj-page-pane" aria-label="审核">
          <App
            key={paneKey}
            host={host}
            info={info}
            exportAnnotated={model ? exportCopy : undefined}
            initialNarrative={sampleNarrative}
            workbookName={model ? model.name : null}
            focusCheck={focusCheck}
          />
        </aside>
      </div>
    </div>
  );
}
