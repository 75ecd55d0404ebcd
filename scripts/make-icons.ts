/**
 * Draws Heard's toolbar/store icon (a rounded speech bubble in calm teal with three soft dots) and writes
 * public/icon/{16,32,48,128}.png. Pure Node: shapes are sampled on a supersampled grid and the PNGs are
 * encoded with the built-in zlib. Run: npx tsx scripts/make-icons.ts
 *
 * The geometry matches the <Logo> SVG in src/ui/Logo.tsx (a 32×32 design grid).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const SAMPLES = 8; // per axis, per pixel
const TEAL: Rgb = [0x2b, 0x7a, 0x74];
const WHITE: Rgb = [0xff, 0xff, 0xff];

type Rgb = [number, number, number];
type Point = [number, number];

/* Geometry on the 32×32 design grid ------------------------------------------------------------- */

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inPolygon(x: number, y: number, points: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as Point;
    const [xj, yj] = points[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const TAIL: readonly Point[] = [
  [6.7, 22],
  [14.5, 23.9],
  [8.3, 28.6],
  [6.7, 27.8],
];
const DOTS: readonly Point[] = [
  [10.5, 14],
  [16, 14],
  [21.5, 14],
];

/** Colour of the design at a point, or null for transparent. */
function sample(x: number, y: number, dotRadius: number): Rgb | null {
  const bubble = inRoundedRect(x, y, 2, 4, 30, 24, 6) || inPolygon(x, y, TAIL);
  if (!bubble) return null;
  for (const [dx, dy] of DOTS) if ((x - dx) ** 2 + (y - dy) ** 2 <= dotRadius ** 2) return WHITE;
  return TEAL;
}

function render(size: number): Buffer {
  const scale = 32 / size;
  // Small icons get slightly larger dots so they survive the downscale.
  const dotRadius = size <= 16 ? 2.4 : size <= 32 ? 2.1 : 1.9;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = sample((px + (sx + 0.5) / SAMPLES) * scale, (py + (sy + 0.5) / SAMPLES) * scale, dotRadius);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
      }
    }
  }
  return rgba;
}

/* PNG encoding ------------------------------------------------------------------------------------ */

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `${size}.png`);
  writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
