// Renders assets/icon.svg into the PNG icons the add-in manifests name (16, 32, 64, 80 px), with the
// Debian chromium through playwright-core. Run by hand after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const svg = readFileSync(path.join(assets, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  for (const size of [16, 32, 64, 80]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: path.join(assets, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
