#!/usr/bin/env node
/**
 * Writes the add-in's icons (assets/icon-16.png … icon-128.png): a teal
 * rounded square with three rising white bars (a KPI chart). Drawn in code so
 * the repository needs no image editor and the icons can be regenerated:
 *   node assets/make-icons.js
 * Only Node's zlib is used (PNG = signature + IHDR + deflated RGBA + IEND).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [0, 120, 112, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Colour of pixel (x, y) in an n×n icon. */
function pixel(x, y, n) {
  // Rounded square: corner radius n/6, measured from pixel centres.
  const r = n / 6;
  const cx = x + 0.5;
  const cy = y + 0.5;
  const dx = Math.max(r - cx, cx - (n - r), 0);
  const dy = Math.max(r - cy, cy - (n - r), 0);
  if (dx * dx + dy * dy > r * r) return CLEAR;
  // Three bars of rising height on a baseline at 80 % of the height.
  const unit = n / 16;
  const base = Math.round(13 * unit);
  const bars = [
    [3, 8],
    [7, 5.5],
    [11, 3],
  ];
  for (const [left, top] of bars) {
    const x0 = Math.round(left * unit);
    const x1 = Math.max(x0 + 1, Math.round((left + 2.5) * unit));
    if (x >= x0 && x < x1 && y >= Math.round(top * unit) && y < base) return WHITE;
  }
  return TEAL;
}

function png(n) {
  const raw = Buffer.alloc(n * (1 + 4 * n));
  for (let y = 0; y < n; y++) {
    const row = y * (1 + 4 * n);
    raw[row] = 0; // filter: none
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, row + 1 + 4 * x);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const n of SIZES) {
  const file = path.join(__dirname, `icon-${n}.png`);
  fs.writeFileSync(file, png(n));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
