import zlib from 'node:zlib';

/** Test image factories: real, minimal files, so type detection and EXIF parsing run for real. */

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A 1×1 PNG of the given colour: distinct colours give distinct bytes (and sha256). */
export function pngBytes(rgb: [number, number, number] = [0, 128, 96]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const raw = Buffer.from([0, ...rgb]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A PNG whose header claims `width` × `height` while only `rows` rows of zeros are compressed:
 * an image bomb's header at a few hundred bytes, never the gigabytes it would decode to.
 */
export function pngOfSize(width: number, height: number, rows = 2): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  // Each row: filter byte 0, then three zero bytes per pixel.
  const raw = Buffer.alloc(Math.min(rows, height) * (1 + width * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG frame header (SOF0, three components) saying `width` × `height`. */
function sof0(width: number, height: number): Buffer {
  const s = Buffer.from([0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  s.writeUInt16BE(height, 5);
  s.writeUInt16BE(width, 7);
  return s;
}

/** Comment segments (COM, at most 64 KB each) filling about `bytes`: metadata before the frame header. */
function jpegComments(bytes: number): Buffer {
  const segments: Buffer[] = [];
  for (let left = bytes; left > 0; left -= 65535) {
    const len = Math.min(left, 65535);
    const s = Buffer.alloc(2 + Math.max(len, 2), 0x20);
    s[0] = 0xff;
    s[1] = 0xfe;
    s.writeUInt16BE(Math.max(len, 2), 2);
    segments.push(s);
  }
  return Buffer.concat(segments);
}

/**
 * A JPEG with a JFIF header and a frame header saying `width` × `height`. `metadataBytes` puts that
 * much metadata before the frame header; `frame: false` leaves the frame header out.
 */
export function jpegOfSize(width: number, height: number, { frame = true, metadataBytes = 0 } = {}): Buffer {
  const jfif = Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'binary');
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 2 + jfif.length]),
    jfif,
    jpegComments(metadataBytes),
    frame ? sof0(width, height) : Buffer.alloc(0),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** An extended WebP (VP8X) whose canvas is `width` × `height`. */
export function webpOfSize(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const body = Buffer.concat([Buffer.from('WEBPVP8X', 'ascii'), Buffer.from([10, 0, 0, 0]), vp8x]);
  const riff = Buffer.from('RIFF\0\0\0\0', 'binary');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

/** A JPEG whose EXIF carries a GPS position (little-endian TIFF with a GPS IFD), of 1 × 1 pixel. */
export function jpegWithGps(lng: number, lat: number): Buffer {
  const tiff = Buffer.alloc(128);
  tiff.write('II', 0, 'ascii');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0: one entry, the GPS IFD pointer.
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x8825, 10);
  tiff.writeUInt16LE(4, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt32LE(26, 18);
  tiff.writeUInt32LE(0, 22);
  // GPS IFD at 26: four entries; rationals from 80.
  const entries: [number, number, number, number | string][] = [
    [1, 2, 2, lat >= 0 ? 'N' : 'S'],
    [2, 5, 3, 80],
    [3, 2, 2, lng >= 0 ? 'E' : 'W'],
    [4, 5, 3, 104],
  ];
  tiff.writeUInt16LE(entries.length, 26);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 28 + i * 12;
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    if (typeof value === 'string') tiff.write(value, at + 8, 'ascii');
    else tiff.writeUInt32LE(value, at + 8);
  });
  tiff.writeUInt32LE(0, 28 + entries.length * 12);
  const dms = (v: number, at: number) => {
    const a = Math.abs(v);
    const d = Math.floor(a);
    const m = Math.floor((a - d) * 60);
    const s = Math.round(((a - d) * 60 - m) * 60 * 1000);
    [d, 1, m, 1, s, 1000].forEach((n, i) => tiff.writeUInt32LE(n, at + i * 4));
  };
  dms(lat, 80);
  dms(lng, 104);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(body.length + 2);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe1]),
    len,
    body,
    sof0(1, 1),
    Buffer.from([0xff, 0xd9]),
  ]);
}
