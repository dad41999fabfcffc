/** The task pane's state and actions, over the Host interface only. */

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableAssignment } from '../core/faces/choices';
import { reportTableRef } from '../core/faces/names';
import type { TableId } from '../core/tables/model';
import type { CellLocation, Finding, Report } from '../core/report';
import type { DocumentState, Host, KeptLastYear } from '../hosts/host';
import { canKeep, keptLastYear } from './logic/last-year';
import { DEFAULT_FILTER, type FindingFilter } from './logic/findings-view';
import { ignoreFinding, unignoreFinding, type IgnoredMap } from './logic/ignore';
import { paintFindings, runCheck, type CheckProgress } from './logic/run-check';
import {
  DEFAULT_SETTINGS,
  assignTable,
  assignmentsFromState,
  settingsFromState,
  type PaneSettings,
} from './logic/settings';

const EDIT_DEBOUNCE_MS = 800;

export interface PaneState {
  report: Report | null;
  busy: boolean;
  progress: CheckProgress | null;
  error: string | null;
  ignored: IgnoredMap;
  settings: PaneSettings;
  assignments: TableAssignment[];
  narrative: string;
  keepNarrative: boolean;
  filter: FindingFilter;
  marked: boolean;
  stale: boolean;
  /** What the host could not read at the last check. */
  notices: string[];
  /** What the last action did, said to the user (清除标记, 设为公开NN…); null when nothing to say. */
  status: string | null;
  /** The workbook's sheets as read at the last check. */
  sheets: string[];
  /** Last year's disclosure (上年决算), kept with the document. */
  lastYear: KeptLastYear | null;
}

function message(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return /[\u4e00-\u9fff]/.test(text) ? text : `操作失败：${text}`;
}

interface Saved {
  ignored: IgnoredMap;
  settings: PaneSettings;
  keepNarrative: boolean;
  assignments: TableAssignment[];
  lastYear: KeptLastYear | null;
}

export function usePane(host: Host | null, initialNarrative = '') {
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<IgnoredMap>({});
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [assignments, setAssignments] = useState<TableAssignment[]>([]);
  const [narrative, setNarrative] = useState(initialNarrative);
  const [keepNarrative, setKeepNarrative] = useState(false);
  const [filter, setFilter] = useState<FindingFilter>(DEFAULT_FILTER);
  const [marked, setMarked] = useState(false);
  const [stale, setStale] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [lastYear, setLastYear] = useState<KeptLastYear | null>(null);
  const markedCount = useRef(0);
  const latest = useRef({ ignored, settings, narrative, keepNarrative, assignments, lastYear });
  latest.current = { ignored, settings, narrative, keepNarrative, assignments, lastYear };
  const previousHost = useRef<Host | null>(host);

  // A new document: forget the last report, read what this document remembers, watch its edits. The
  // narrative belongs to the workbook it was checked with: another workbook starts without it (unless it
  // kept its own), so one unit's text is never checked against another unit's tables.
  useEffect(() => {
    setReport(null);
    setMarked(false);
    setStale(false);
    setError(null);
    setStatus(null);
    setNotices([]);
    setSheets([]);
    // Filters and search belong to the workbook they were set on: another workbook shows all its findings.
    setFilter(DEFAULT_FILTER);
    if (previousHost.current && previousHost.current !== host) {
      setNarrative('');
      setKeepNarrative(false);
      setIgnored({});
      setSettings(DEFAULT_SETTINGS);
      setAssignments([]);
      setLastYear(null);
    }
    previousHost.current = host;
    if (!host) return;
    let live = true;
    host
      .loadState()
      .then((state) => {
        if (!live) return;
        setIgnored(state ? state.ignored : {});
        setSettings(settingsFromState(state ? state.settings : undefined));
        setAssignments(assignmentsFromState(state ? state.assignments : undefined));
        setLastYear(state ? keptLastYear(state.lastYear) : null);
        if (state && typeof state.narrative === 'string') {
          setNarrative(state.narrative);
          setKeepNarrative(true);
        }
      })
      .catch((err) => live && setError(message(err)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.watchEdits(() => {
      clearTimeout(timer);
      timer = setTimeout(() => live && setStale(true), EDIT_DEBOUNCE_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [host]);

  const save = useCallback(
    async (next: Partial<Saved>) => {
      if (!host) return;
      const cur = { ...latest.current, ...next };
      const state: DocumentState = {
        ignored: { ...cur.ignored },
        settings: { ...cur.settings },
        assignments: cur.assignments.map((a) => ({ ...a })),
        narrative: cur.keepNarrative ? cur.narrative : null,
        lastYear: cur.lastYear && canKeep(cur.lastYear) ? cur.lastYear : null,
      };
      try {
        await host.saveState(state);
      } catch (err) {
        setError(message(err));
      }
    },
    [host],
  );

  const repaint = useCallback(
    async (r: Report | null, s: PaneSettings, ig: IgnoredMap) => {
      if (!host || !r || !marked) return;
      markedCount.current = await paintFindings(host, r, s, ig);
    },
    [host, marked],
  );

  const check = useCallback(async () => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const { settings: s, narrative: n, ignored: ig, assignments: as, lastYear: ly } = latest.current;
      const result = await runCheck(
        { host, settings: s, narrative: n, ignored: ig, assignments: as, lastYear: ly },
        setProgress,
      );
      setReport(result.report);
      setNotices(result.notices);
      setSheets(result.sheets);
      setMarked(!!host && !result.paintError);
      markedCount.current = result.marked;
      if (result.paintError) setError(result.paintError);
      setStale(false);
      if (host && latest.current.keepNarrative) await save({});
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, [host, save]);

  const clearMarks = useCallback(async () => {
    if (!host) return;
    try {
      // The cells restored, those marked before the document was saved and reopened included.
      const n = await host.clearMarks();
      setMarked(false);
      markedCount.current = 0;
      setStatus(
        n > 0
          ? `已清除 ${n} 个单元格上的标记，恢复了它们原来的填充和批注。审核结果仍在下方；重新审核会再次标注。`
          : '工作表上没有勾稽的标记，无需清除。',
      );
    } catch (err) {
      setError(message(err));
    }
  }, [host]);

  const select = useCallback(
    async (target: CellLocation, related: CellLocation[] = []) => {
      if (!host) return;
      try {
        await host.select(target, related);
      } catch (err) {
        setError(message(err));
      }
    },
    [host],
  );

  const changeIgnored = useCallback(
    async (next: IgnoredMap) => {
      setIgnored(next);
      await save({ ignored: next });
      await repaint(report, latest.current.settings, next).catch((err) => setError(message(err)));
    },
    [save, repaint, report],
  );

  const ignore = (f: Finding, reason: string) =>
    changeIgnored(ignoreFinding(latest.current.ignored, f, reason));
  const unignore = (f: Finding) => changeIgnored(unignoreFinding(latest.current.ignored, f));

  const changeSettings = useCallback(
    async (next: PaneSettings) => {
      const tailsChanged = next.showInfo !== latest.current.settings.showInfo;
      const faceChanged = next.face !== latest.current.settings.face;
      setSettings(next);
      latest.current = { ...latest.current, settings: next };
      await save({ settings: next });
      if (faceChanged) setStale(!!report);
      if (tailsChanged)
        await repaint(report, next, latest.current.ignored).catch((err) => setError(message(err)));
    },
    [save, repaint, report],
  );

  /** The user's correction of recognition: saved in the document and used from the next check on. */
  const changeAssignments = useCallback(
    async (next: TableAssignment[], said: string) => {
      setAssignments(next);
      latest.current = { ...latest.current, assignments: next };
      await save({ assignments: next });
      setStatus(said);
      if (report) setStale(true);
    },
    [save, report],
  );
  /** The table as the face of the last check names it (表4 … in the central units' face), as the button does. */
  const tableCalled = (id: TableId) => reportTableRef(report ?? { tables: [] }, id);
  const assign = (a: TableAssignment) =>
    changeAssignments(
      assignTable(latest.current.assignments, a),
      `已把“${a.sheet}${a.range ? `!${a.range}` : ''}”设为${tableCalled(a.table)}，已保存在工作簿中，重新审核后生效。`,
    );
  const unassign = (a: TableAssignment) =>
    changeAssignments(
      latest.current.assignments.filter((x) => x !== a),
      `已取消“${a.sheet}${a.range ? `!${a.range}` : ''}”的${tableCalled(a.table)}指定，重新审核后生效。`,
    );

  // Commands from the host's own UI (the WPS ribbon's 开始审核 / 清除标记) run as the pane's buttons do.
  const commands = useRef({ check, clearMarks });
  commands.current = { check, clearMarks };
  useEffect(() => {
    if (!host || !host.watchCommands) return;
    return host.watchCommands((command) => {
      if (command === 'check') void commands.current.check();
      else void commands.current.clearMarks();
    });
  }, [host]);

  /** 上年决算 opened or removed: kept with the document (when it fits), used from the next check on. */
  const changeLastYear = (next: KeptLastYear | null) => {
    setLastYear(next);
    latest.current = { ...latest.current, lastYear: next };
    void save({ lastYear: next });
    if (report) setStale(true);
  };

  const changeKeep = (keep: boolean) => {
    setKeepNarrative(keep);
    void save({ keepNarrative: keep });
  };

  const state: PaneState = {
    report,
    busy,
    progress,
    error,
    ignored,
    settings,
    assignments,
    narrative,
    keepNarrative,
    filter,
    marked,
    stale,
    notices,
    status,
    sheets,
    lastYear,
  };
  return {
    state,
    check,
    clearMarks,
    select,
    ignore,
    unignore,
    changeSettings,
    assign,
    unassign,
    setNarrative,
    changeKeep,
    changeLastYear,
    setFilter,
    setError,
    setStatus,
  };
}
