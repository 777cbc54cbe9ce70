// Rule: a session's User-Agent reads as "browser major-version · system", else the first product token.
import { describe, expect, it } from 'vitest';
import { summarizeUserAgent } from './user-agent.ts';

describe('summarizeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      'Chrome 126 · Windows',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56',
      'Edge 126 · Windows',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36 OPR/98.0.0.0',
      'Opera 98 · Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
      'Firefox 127 · macOS',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      'Safari 17 · macOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Safari 17 · iOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
      'Chrome 126 · iOS',
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
      'Firefox 127 · iOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/126.0.2592.56 Mobile/15E148 Safari/605.1.15',
      'Edge 126 · iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      'Chrome 126 · Android',
    ],
    [
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      'Chrome 126 · ChromeOS',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.126 Safari/537.36',
      'Headless Chrome 126 · Linux',
    ],
    ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0', 'Firefox 126 · Linux'],
  ])('summarizes %s', (ua, summary) => {
    expect(summarizeUserAgent(ua)).toBe(summary);
  });

  it('names a browser on an unknown system without a system part', () => {
    expect(summarizeUserAgent('Mozilla/5.0 (Haiku) Gecko/20100101 Firefox/115.0')).toBe('Firefox 115');
  });

  it('falls back to the first product token of tools and libraries', () => {
    expect(summarizeUserAgent('curl/8.5.0')).toBe('curl 8.5.0');
    expect(summarizeUserAgent('node')).toBe('node');
    expect(summarizeUserAgent('python-requests/2.31.0')).toBe('python-requests 2.31.0');
    expect(summarizeUserAgent('okhttp/4.9.0 (Linux; Android 11)')).toBe('okhttp 4.9.0 · Android');
  });

  it('trims the header first', () => {
    expect(summarizeUserAgent('  curl/8.5.0  ')).toBe('curl 8.5.0');
  });

  it('shows the first 40 characters of anything else', () => {
    expect(summarizeUserAgent('1234 not a product token at all, and quite a bit longer than forty')).toBe(
      '1234 not a product token at all, and qui',
    );
  });

  it('gives nothing for a missing or blank header', () => {
    expect(summarizeUserAgent(null)).toBeNull();
    expect(summarizeUserAgent(undefined)).toBeNull();
    expect(summarizeUserAgent('')).toBeNull();
    expect(summarizeUserAgent('   ')).toBeNull();
  });
});
