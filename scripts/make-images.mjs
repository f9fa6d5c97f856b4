#!/usr/bin/env node
// Renders the share card (public/og-image.jpg), app icons (public/icon-*.png) and public/favicon.ico
// (which browsers request whatever the HTML says) in Chromium.
// Run after changing their design: `node scripts/make-images.mjs`. Needs a CJK font for the card.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './lib/find-chromium.mjs';

const CARD = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 88px; box-sizing: border-box; background: linear-gradient(135deg, #0f1f4d 0%, #1d4ed8 100%);
    color: #fff; font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; }
  .codes { display: flex; gap: 20px; margin-bottom: 48px; }
  .code { font: 700 64px/1 'DejaVu Sans Mono', monospace; padding: 18px 28px; border-radius: 16px; }
  .ok { background: #dcfce7; color: #14532d; } .client { background: #ffedd5; color: #7c2d12; }
  .server { background: #fee2e2; color: #7f1d1d; }
  h1 { margin: 0; font-size: 72px; line-height: 1.1; } p { margin: 20px 0 0; font-size: 34px; opacity: .9; }
</style></head><body>
  <div class="codes"><span class="code ok">200</span><span class="code client">404</span><span class="code client">409</span><span class="code server">503</span></div>
  <h1>VPC API status codes</h1><h1>VPC API状态码</h1>
  <p>What each code means, and what to do · 含义与处理建议</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(CARD);
await page.screenshot({ path: 'public/og-image.jpg', type: 'jpeg', quality: 88 });

const icon = await readFile('public/icon.svg', 'utf8');
async function renderIcon(size, options) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>body{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${icon}`);
  return page.screenshot(options);
}
for (const size of [192, 512]) await renderIcon(size, { path: `public/icon-${size}.png` });
// Tab-sized, with transparent corners: a browser tab's colour shows around the rounded square.
const favicons = [];
for (const size of [16, 32, 48]) favicons.push({ size, png: await renderIcon(size, { omitBackground: true }) });
await writeFile('public/favicon.ico', ico(favicons));
await browser.close();
console.log('Wrote public/og-image.jpg, public/icon-192.png, public/icon-512.png, public/favicon.ico');

/** An .ico holding PNG images (every browser since 2007 reads them): a 6-byte header, 16 bytes per image, the PNGs. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // width (0 means 256)
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}
