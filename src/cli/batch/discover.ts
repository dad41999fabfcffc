/** The workbooks of a folder (and its subfolders) and the narrative that goes with each. */

import { promises as fs } from 'fs';
import path from 'path';

/** Files a reviewer may have received (a draft workbook, a published PDF): all are listed, the unreadable ones get a reason. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.pdf']);
const NARRATIVE_EXTENSIONS = ['.docx', '.txt'];

export interface BatchJob {
  /** Absolute path of the workbook. */
  file: string;
  /** Path relative to the folder given, as shown to the user. */
  name: string;
  /** The narrative file paired with it, if any (else a 情况说明 sheet inside the workbook is used). */
  narrative: string | null;
  /** The annotated copy's path when --out-dir is given, unique within the run (set by runBatch). */
  out?: string;
}

/**
 * A name stripped of the words that tell a workbook from its narrative, so that
 * "丹凤县医保局2024公开表.xlsx" pairs with "丹凤县医保局2024情况说明.docx".
 */
export function pairingKey(file: string): string {
  return path
    .basename(file, path.extname(file))
    .replace(/[\s_\-—–·.]+/g, '')
    .replace(/(部门)?(决算)?(公开表|公开|报表|情况说明|说明)$/, '')
    .toLowerCase();
}

/**
 * Files under `dir`. Symbolic links are followed (a folder of links to the drafts is common); a folder
 * reached twice (a link loop) is read once; a broken link is listed, so it becomes a row with its reason.
 */
async function walk(dir: string, skip: Set<string>, out: string[], seen = new Set<string>()): Promise<void> {
  const real = await fs.realpath(dir).catch(() => path.resolve(dir));
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (skip.has(path.resolve(full)) || e.name.startsWith('~$') || e.name.startsWith('.')) continue;
    if (e.isDirectory()) await walk(full, skip, out, seen);
    else if (e.isFile()) out.push(full);
    else if (e.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (target?.isDirectory()) await walk(full, skip, out, seen);
      else if (!target || target.isFile()) out.push(full);
    }
  }
}

/** Narratives by pairing key; the same key twice keeps the first in name order. */
function narrativeIndex(files: string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const f of files)
    if (NARRATIVE_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !index.has(pairingKey(f)))
      index.set(pairingKey(f), f);
  return index;
}

/**
 * Every workbook under `dir`, sorted by path. A narrative comes from `narrativesDir` when given (matched
 * by name), else from a .docx or .txt of the same name in the workbook's own folder.
 * `skip`: paths never to read (the output folder, the summary file).
 */
export async function discoverJobs(
  dir: string,
  narrativesDir: string | null,
  skip: string[] = [],
): Promise<BatchJob[]> {
  const files: string[] = [];
  await walk(dir, new Set(skip.map((s) => path.resolve(s))), files);
  files.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  const workbooks = files.filter((f) => WORKBOOK_EXTENSIONS.has(path.extname(f).toLowerCase()));
  let shared: Map<string, string> | null = null;
  if (narrativesDir) {
    const narratives: string[] = [];
    await walk(narrativesDir, new Set(), narratives);
    narratives.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    shared = narrativeIndex(narratives);
  }
  const byFolder = new Map<string, Map<string, string>>();
  return workbooks.map((file) => {
    let index = shared;
    if (!index) {
      const folder = path.dirname(file);
      if (!byFolder.has(folder))
        byFolder.set(folder, narrativeIndex(files.filter((f) => path.dirname(f) === folder)));
      index = byFolder.get(folder)!;
    }
    return {
      file: path.resolve(file),
      name: path.relative(dir, file),
      narrative: index.get(pairingKey(file)) ?? null,
    };
  });
}
