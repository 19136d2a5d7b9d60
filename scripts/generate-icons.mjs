// Writes the app's icons into public/ from one drawing of the logo (components/shell/Logo.tsx:
// a white "D" on a teal rounded square). PNGs are Chromium screenshots of the SVG (Debian's
// Chromium through playwright-core, as the browser tests use); favicon.ico packs 16/32/48 px PNGs.
// Run after changing the logo: node scripts/generate-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const publicDir = path.join(root, "public");
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** globals.css --primary (oklch(0.45 0.09 200)) and --primary-foreground, in sRGB. */
const TEAL = "#006469";
const WHITE = "#fafcfc";

/** A geometric "D" (stem and bowl, counter cut out) centred in a 64-unit square. */
const LETTER_D = "M18 16H30A16 16 0 0 1 30 48H18Z M25 23V41H30A9 9 0 0 0 30 23Z";

/**
 * The logo on a 64-unit canvas. `fullBleed` fills the square (Apple touch icons and maskable
 * icons: the platform rounds the corners; the letter stays inside the central safe circle).
 */
function logoSvg({ fullBleed = false } = {}) {
  const background = fullBleed ? `<rect width="64" height="64" fill="${TEAL}"/>` : `<rect width="64" height="64" rx="14" fill="${TEAL}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${background}<path fill="${WHITE}" fill-rule="evenodd" d="${LETTER_D}"/></svg>\n`;
}

async function renderPng(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  return page.screenshot({ type: "png", omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An ICO file holding PNG images (supported by every current browser and Windows Vista on). */
function icoOf(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

const MANIFEST = {
  name: "Darasa — interview practice",
  short_name: "Darasa",
  description: "Practise interviews for the job you want: questions, spoken mock interviews and resume checks.",
  start_url: "/app",
  scope: "/",
  display: "standalone",
  background_color: "#ffffff",
  theme_color: TEAL,
  icons: [
    { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
    { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const rounded = logoSvg();
  const square = logoSvg({ fullBleed: true });
  mkdirSync(publicDir, { recursive: true });
  const write = (name, data) => {
    writeFileSync(path.join(publicDir, name), data);
    console.log(`public/${name}: ${data.length} bytes`);
  };
  write("icon.svg", rounded);
  const ico = [];
  for (const size of [16, 32, 48]) ico.push({ size, png: await renderPng(page, rounded, size) });
  write("favicon.ico", icoOf(ico));
  write("apple-touch-icon.png", await renderPng(page, square, 180));
  write("icon-192.png", await renderPng(page, rounded, 192));
  write("icon-512.png", await renderPng(page, rounded, 512));
  write("icon-maskable-512.png", await renderPng(page, square, 512));
  write("manifest.webmanifest", `${JSON.stringify(MANIFEST, null, 2)}\n`);
} finally {
  await browser.close();
}
