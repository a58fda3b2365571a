// Renders the app icons (web/icons/*.svg) to the PNG sizes the manifest lists, with the
// headless Chromium the browser tests use. Run after editing an icon: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const OUTPUTS = [
  ['web/icons/icon.svg', 'web/icons/icon-192.png', 192],
  ['web/icons/icon.svg', 'web/icons/icon-512.png', 512],
  ['web/icons/icon-maskable.svg', 'web/icons/icon-maskable-512.png', 512],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const [svg, png, size] of OUTPUTS) {
    await page.setViewportSize({ width: size, height: size });
    const data = readFileSync(svg).toString('base64');
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.screenshot({ path: png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
