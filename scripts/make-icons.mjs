// Renders assets/icon.svg into the PNGs the app and installers use (icon.png 512, tray.png 32).
// Run after changing the SVG: `node scripts/make-icons.mjs`. Uses Debian's Chromium (or CHROMIUM_PATH).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, size] of [
  ['icon.png', 512],
  ['tray.png', 32],
  ['tray@2x.png', 64],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: new URL(`../assets/${name}`, import.meta.url).pathname,
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
console.log('Wrote assets/icon.png, assets/tray.png, assets/tray@2x.png');
