import { AppError } from '@envgrid/core';
import { imageSize } from 'image-size';

/** Largest file accepted, in bytes. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Largest image accepted, in pixels: 40 megapixels, e.g. 8000 × 5000 (160 MB once decoded as RGBA). */
export const IMAGE_MAX_PIXELS = 40_000_000;

export function fileTooLarge(maxBytes = ATTACHMENT_MAX_BYTES): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `An image may be at most ${maxBytes / 1024 / 1024} MB`, {
    maxBytes,
  });
}

/**
 * How much of a file is searched for its dimensions. PNG and WebP state them in the first 30 bytes;
 * a JPEG's frame header follows its metadata (EXIF, XMP, ICC: segments of at most 64 KB each).
 * The bound is for CPU: on junk after a JPEG signature image-size steps byte by byte, about
 * 250 ms per MB, so a 10 MB file would hold the event loop for two seconds.
 */
export const HEADER_WINDOW_BYTES = 512 * 1024;

/**
 * The accepted types (as file-type detects them from the bytes), each with image-size's name for it:
 * one list, so no type is accepted without being measured, and the header measured must be of the
 * type detected.
 */
const SIZE_TYPE: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
export const ACCEPTED_TYPES: ReadonlySet<string> = new Set(Object.keys(SIZE_TYPE));

const megapixels = (pixels: number) =>
  (pixels / 1_000_000).toLocaleString('en', { maximumFractionDigits: 2, useGrouping: false });

/**
 * Reads width and height from the image header, without decoding, and refuses an image bomb (a
 * small file that decodes to gigabytes) before anyone stores, serves or thumbnails it. An image
 * whose dimensions cannot be read is refused too, as an image we cannot vouch for.
 */
export function checkImageDimensions(bytes: Buffer, mime: string): { width: number; height: number } {
  let size: { width?: number; height?: number; type?: string } | undefined;
  try {
    size = imageSize(bytes.subarray(0, HEADER_WINDOW_BYTES));
  } catch {
    size = undefined; // corrupt or truncated header
  }
  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  if (
    !size ||
    size.type !== SIZE_TYPE[mime] ||
    !Number.isSafeInteger(width) ||
    !Number.isSafeInteger(height) ||
    width < 1 ||
    height < 1
  )
    throw new AppError(
      'VALIDATION_FAILED',
      `The image’s dimensions cannot be read from its header (the first ${HEADER_WINDOW_BYTES / 1024} KB); ` +
        'it is not a valid image',
    );
  const pixels = width * height;
  if (pixels > IMAGE_MAX_PIXELS)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `An image may have at most ${megapixels(IMAGE_MAX_PIXELS)} megapixels (e.g. 8000 × 5000); ` +
        `this one is ${width} × ${height} (${megapixels(pixels)} megapixels)`,
      { maxPixels: IMAGE_MAX_PIXELS, width, height, pixels },
    );
  return { width, height };
}
