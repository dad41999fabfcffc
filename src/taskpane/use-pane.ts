/** The task pane's state and actions, over the Host interface only. */

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellLocation, Finding, Report } from '../core/report';
import type { DocumentState, Host } from '../hosts/host';
import { DEFAULT_FILTER, type FindingFilter } from './logic/findings-view';
import { ignoreFinding, unignoreFinding, type IgnoredMap } from './logic/ignore';
import { marksToPaint, runCheck, type CheckProgress } from './logic/run-check';
import { DEFAULT_SETTINGS, settingsFromState, type PaneSettings } from './logic/settings';

const EDIT_DEBOUNCE_MS = 800;

export interface PaneState {
  report: Report | null;
  busy: boolean;
  progress: CheckProgress | null;
  error: string | null;
  ignored: IgnoredMap;
  settings: PaneSettings;
  narrative: string;
  keepNarrative: boolean;
  filter: FindingFilter;
  marked: boolean;
  stale: boolean;
  /** What the host could not read at the last check. */
  notices: string[];
}

function message(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return /[\u4e00-\u9fff]/.test(text) ? text : `操作失败：${text}`;
}

export function usePane(host: Host | null, initialNarrative = '') {
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<IgnoredMap>({});
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [narrative, setNarrative] = useState(initialNarrative);
  const [keepNarrative, setKeepNarrative] = useState(false);
  const [filter, setFilter] = useState<FindingFilter>(DEFAULT_FILTER);
  const [marked, setMarked] = useState(false);
  const [stale, setStale] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const latest = useRef({ ignored, settings, narrative, keepNarrative });
  latest.current = { ignored, settings, narrative, keepNarrative };

  // A new document: forget the last report, read what this document remembers, watch its edits.
  useEffect(() => {
    setReport(null);
    setMarked(false);
    setStale(false);
    setError(null);
    if (!host) return;
    let live = true;
    host
      .loadState()
      .then((state) => {
        if (!live) return;
        setIgnored(state ? state.ignored : {});
        setSettings(settingsFromState(state ? state.settings : undefined));
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
    async (next: Partial<{ ignored: IgnoredMap; settings: PaneSettings; keepNarrative: boolean }>) => {
      if (!host) return;
      const cur = { ...latest.current, ...next };
      const state: DocumentState = {
        ignored: { ...cur.ignored },
        settings: { ...cur.settings },
        narrative: cur.keepNarrative ? cur.narrative : null,
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
      await host.paintMarks(marksToPaint(r, s, ig));
    },
    [host, marked],
  );

  const check = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const { settings: s, narrative: n, ignored: ig } = latest.current;
      const {
        report: r,
        notices: read,
        paintError,
      } = await runCheck({ host, settings: s, narrative: n, ignored: ig }, setProgress);
      setReport(r);
      setNotices(read);
      setMarked(!!host && !paintError);
      if (paintError) setError(paintError);
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
      await host.clearMarks();
      setMarked(false);
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
      setSettings(next);
      await save({ settings: next });
      if (tailsChanged)
        await repaint(report, next, latest.current.ignored).catch((err) => setError(message(err)));
    },
    [save, repaint, report],
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
    narrative,
    keepNarrative,
    filter,
    marked,
    stale,
    notices,
  };
  return {
    state,
    check,
    clearMarks,
    select,
    ignore,
    unignore,
    changeSettings,
    setNarrative,
    changeKeep,
    setFilter,
    setError,
  };
}
