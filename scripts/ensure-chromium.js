#!/usr/bin/env node
// pretest: the end-to-end suite drives Debian's Chromium. Install it from Debian's packages when it is missing
// (CI and developers' machines run as root); elsewhere say how, and let the suite fail with its own message.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);
if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.warn(
    `未找到 ${CHROMIUM}：端到端测试需要 Debian 的 chromium，请以 root 运行 apt-get install -y chromium`,
  );
  process.exit(0);
}
console.log('安装 Debian 的 chromium（端到端测试需要）…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(' ')} 失败（退出码 ${r.status}）`);
    process.exit(1);
  }
}
