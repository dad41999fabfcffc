/**
 * How the ribbon's buttons (开始审核, 清除标记) reach the task pane. The ribbon runs in the add-in's hidden
 * main page and the pane in its own page; WPS gives neither a handle on the other's window, and
 * CreateTaskPane returns a pane object without one. What both pages share is Application.PluginStorage
 * (the wpsjs templates keep the pane id there). So wps/main.js writes a command there and the pane
 * polls for it: {"seq": n, "action": "check" | "clear", "at": ms}. The pane marks a command done under a
 * second key, so a pane opened by the button still runs it, and a pane reopened later does not rerun it.
 * The key names are repeated in wps/main.js (plain JavaScript): keep them in step.
 */

import { pluginStorageOf, type EtApplication, type EtPluginStorage } from './et';

export const COMMAND_KEY = 'gouji.ribbonCommand';
export const COMMAND_DONE_KEY = 'gouji.ribbonCommandDone';
/** A command older than this was meant for a pane that is gone. */
const STALE_MS = 60_000;

export type RibbonAction = 'check' | 'clear';

export interface RibbonCommandOptions {
  intervalMs?: number;
  now?: () => number;
}

/** Poll PluginStorage for ribbon commands; returns a function that stops polling. */
export function watchRibbonCommands(
  app: EtApplication,
  onCommand: (action: RibbonAction) => void,
  options: RibbonCommandOptions = {},
): () => void {
  const storage = pluginStorageOf(app);
  if (!storage) return () => undefined;
  const now = options.now ?? Date.now;
  const poll = () => {
    const action = takeCommand(storage, now());
    if (action) onCommand(action);
  };
  poll();
  const timer = setInterval(poll, options.intervalMs ?? 400);
  return () => clearInterval(timer);
}

/** The pending command, marked done; null when there is none, it was done, or it is stale. */
export function takeCommand(storage: EtPluginStorage, now: number): RibbonAction | null {
  const raw = storage.getItem(COMMAND_KEY);
  if (typeof raw !== 'string' || raw === '') return null;
  let command: { seq?: unknown; action?: unknown; at?: unknown };
  try {
    command = JSON.parse(raw) as typeof command;
  } catch {
    return null;
  }
  const seq = String(command.seq);
  if (String(storage.getItem(COMMAND_DONE_KEY)) === seq) return null;
  storage.setItem(COMMAND_DONE_KEY, seq);
  if (typeof command.at !== 'number' || now - command.at > STALE_MS) return null;
  return command.action === 'check' || command.action === 'clear' ? command.action : null;
}
