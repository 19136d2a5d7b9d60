import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The icons and manifest in public/ (scripts/generate-icons.mjs) and what points at them. */
const publicDir = path.resolve(import.meta.dirname, "../../public");
const read = (name: string) => readFileSync(path.join(publicDir, name));

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngInfo(bytes: Buffer): { width: number; height: number; hasAlpha: boolean } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  const colourType = bytes[25]!;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), hasAlpha: colourType === 4 || colourType === 6 };
}

describe("app icons", () => {
  it("favicon.ico holds 16, 32 and 48 px PNG images", () => {
    const ico = read("favicon.ico");
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico[entry]!;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngInfo(png)).toMatchObject({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("has the Apple touch icon (180 px, opaque) and the 192/512 px app icons", () => {
    expect(pngInfo(read("apple-touch-icon.png"))).toMatchObject({ width: 180, height: 180 });
    expect(pngInfo(read("icon-192.png"))).toMatchObject({ width: 192, height: 192, hasAlpha: true }); // rounded corners
    expect(pngInfo(read("icon-512.png"))).toMatchObject({ width: 512, height: 512 });
    expect(pngInfo(read("icon-maskable-512.png"))).toMatchObject({ width: 512, height: 512 });
    const svg = read("icon.svg").toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 64 64">/);
    expect(svg).not.toMatch(/<text|<script|href=/); // the letter is a path: no font, nothing to load
  });

  it("the web manifest names the app and lists icons that exist with the sizes it declares", () => {
    const manifest = JSON.parse(read("manifest.webmanifest").toString("utf8")) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: "Darasa — interview practice", short_name: "Darasa", start_url: "/app", display: "standalone" });
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const file = path.join(publicDir, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === "image/png") {
        const [width, height] = icon.sizes.split("x").map(Number);
        expect(pngInfo(readFileSync(file))).toMatchObject({ width, height });
      }
    }
  });

  it("the root layout points at these files, and the proxy leaves them to the static file server", async () => {
    const layout = readFileSync(path.resolve(import.meta.dirname, "../../src/app/layout.tsx"), "utf8");
    for (const name of ["favicon.ico", "icon.svg", "apple-touch-icon.png", "manifest.webmanifest"]) {
      expect(layout).toContain(`"/${name}"`);
      expect(existsSync(path.join(publicDir, name))).toBe(true);
    }
    // src/proxy.ts's matcher, as Next applies it to a pathname.
    const proxy = readFileSync(path.resolve(import.meta.dirname, "../../src/proxy.ts"), "utf8");
    const source = /matcher: \[[^"]*"([^"]+)"/.exec(proxy)![1]!.replace(/\\\\/g, "\\");
    const matcher = new RegExp(`^${source}$`);
    for (const file of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/icon-192.png", "/icon-512.png", "/manifest.webmanifest"]) {
      expect(matcher.test(file), file).toBe(false);
    }
    expect(matcher.test("/app")).toBe(true);
    expect(matcher.test("/api/health")).toBe(true);
  });
});
