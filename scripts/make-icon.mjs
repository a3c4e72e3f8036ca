// Draws the extension's icon (media/icon.png, 128×128): a record under a magnifying lens
// with a tick in it. Pure Node: shapes are sampled 4×4 per pixel and written as a PNG with zlib.
// Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const disk = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, width) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2;
const segment = (ax, ay, bx, by, width) => (x, y) => {
    const vx = bx - ax, vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= width / 2;
};
const any = (...shapes) => (x, y) => shapes.some(s => s(x, y));

// Painted in order; later shapes cover earlier ones. Colours are [r, g, b, a].
const layers = [
    [roundRect(0, 0, 128, 128, 26), y => mix([31, 78, 121], [20, 52, 86], y / 128)],
    [roundRect(24, 16, 84, 108, 7), () => [255, 255, 255, 255]],
    [any(segment(35, 32, 73, 32, 6), segment(35, 45, 68, 45, 6), segment(35, 58, 72, 58, 6), segment(35, 71, 56, 71, 6), segment(35, 84, 50, 84, 6)), () => [150, 174, 199, 255]],
    [disk(82, 80, 20), () => [255, 246, 214, 235]],
    [segment(99, 97, 114, 112, 11), () => [242, 183, 5, 255]],
    [ring(82, 80, 21, 7), () => [242, 183, 5, 255]],
    [any(segment(72, 80, 79, 88, 5.5), segment(79, 88, 93, 71, 5.5)), () => [26, 127, 55, 255]]
];

function mix(a, b, t) {
    return [0, 1, 2].map(i => Math.round(a[i] + (b[i] - a[i]) * t)).concat(255);
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
    pixels[y * (SIZE * 4 + 1)] = 0; // no filter
    for (let x = 0; x < SIZE; x++) {
        const sum = [0, 0, 0, 0];
        for (let sy = 0; sy < SAMPLES; sy++) {
            for (let sx = 0; sx < SAMPLES; sx++) {
                const px = x + (sx + 0.5) / SAMPLES, py = y + (sy + 0.5) / SAMPLES;
                let colour = [0, 0, 0, 0];
                for (const [inside, paint] of layers) {
                    if (!inside(px, py)) continue;
                    const c = paint(py);
                    const a = c[3] / 255;
                    colour = [0, 1, 2].map(i => c[i] * a + colour[i] * (1 - a)).concat(Math.max(colour[3], c[3]));
                }
                // premultiply so that edges against transparency stay clean
                for (let i = 0; i < 3; i++) sum[i] += colour[i] * colour[3] / 255;
                sum[3] += colour[3];
            }
        }
        const n = SAMPLES * SAMPLES;
        const alpha = sum[3] / n;
        const at = y * (SIZE * 4 + 1) + 1 + x * 4;
        for (let i = 0; i < 3; i++) pixels[at + i] = alpha === 0 ? 0 : Math.round((sum[i] / n) * 255 / alpha);
        pixels[at + 3] = Math.round(alpha);
    }
}

const CRC = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(bytes) {
    let c = 0xffffffff;
    for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
