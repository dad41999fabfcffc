/** The e2e tests' page: dist-web built by webpack when older than its sources, served on 127.0.0.1. */

import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist-web');
const SOURCES = ['src', 'assets', 'examples', 'webpack.config.js', 'tsconfig.web.json'];

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(p)) if (name !== 'output') t = Math.max(t, newest(path.join(p, name)));
  return t;
}

function isFresh(): boolean {
  const page = path.join(DIST, 'taskpane.html');
  const built = existsSync(page) ? statSync(page).mtimeMs : 0;
  return built > Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Build dist-web unless it is newer than every source file. The test files run in parallel processes:
 * one builds while holding a lock directory, the others wait for it and reuse its build.
 */
export function ensureWebBuild(): void {
  // One lock per checkout (node_modules may be shared by several worktrees, each with its own dist-web).
  const lock = path.join(os.tmpdir(), `gouji-web-build-${ROOT.replace(/[^A-Za-z0-9]+/g, '_')}.lock`);
  for (let waited = 0; ; waited += 500) {
    if (isFresh()) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes was left by a killed build.
      if (waited > 300000 || (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300000))
        rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (!isFresh()) buildWeb();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildWeb(): void {
  const webpack = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const run = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A static server of dist-web on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(DIST, rel === '/' ? 'taskpane.html' : rel);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
