/**
 * A short, readable summary of a User-Agent header for the session list: "Chrome 126 · Windows".
 * Deliberately small: the common browsers and systems, else the first product token ("curl 8.5").
 */

const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bFirefox\/(\d+)/, 'Firefox'],
  [/\bFxiOS\/(\d+)/, 'Firefox'],
  [/\bHeadlessChrome\/(\d+)/, 'Headless Chrome'],
  [/\bCriOS\/(\d+)/, 'Chrome'],
  [/\bChrome\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

export function summarizeUserAgent(ua: string | null | undefined): string | null {
  const text = ua?.trim();
  if (!text) return null;
  let browser: string | null = null;
  for (const [re, name] of BROWSERS) {
    const m = re.exec(text);
    if (m) {
      browser = `${name} ${m[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([re]) => re.test(text))?.[1] ?? null;
  if (browser) return system ? `${browser} · ${system}` : browser;
  // Not a browser we know: a tool or library ("curl/8.5.0", "node").
  const first = /^([A-Za-z][\w.-]*)(?:\/([\w.]+))?/.exec(text);
  if (first) return [first[1], first[2]].filter(Boolean).join(' ') + (system ? ` · ${system}` : '');
  return text.slice(0, 40);
}
