/**
 * A small JSON reader that keeps line numbers and duplicate object keys, which `JSON.parse`
 * drops; used to report calendar-import problems by line. Strict JSON only.
 */

export type LocatedJson =
  | { type: 'object'; line: number; entries: { key: string; line: number; value: LocatedJson }[] }
  | { type: 'array'; line: number; items: LocatedJson[] }
  | { type: 'string'; line: number; value: string }
  | { type: 'number'; line: number; value: number }
  | { type: 'boolean'; line: number; value: boolean }
  | { type: 'null'; line: number };

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
  }
}

// Control characters are exactly what JSON forbids unescaped inside strings.
// eslint-disable-next-line no-control-regex
const STRING_RE = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 64;

/** Parses `text` as JSON, recording the line (1-based) where every value and key starts. */
export function parseLocatedJson(text: string): LocatedJson {
  let pos = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, line);
  };
  const skipSpace = () => {
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') break;
      pos++;
    }
  };
  const readString = (): string => {
    STRING_RE.lastIndex = pos;
    const m = STRING_RE.exec(text);
    if (!m) return fail('bad string');
    pos += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const expect = (c: string) => {
    skipSpace();
    if (text[pos] !== c) fail(`expected "${c}"`);
    pos++;
  };

  const readValue = (depth: number): LocatedJson => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    const at = line;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const entries: { key: string; line: number; value: LocatedJson }[] = [];
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return { type: 'object', line: at, entries };
      }
      for (;;) {
        skipSpace();
        const keyLine = line;
        if (text[pos] !== '"') fail('expected a key in quotes');
        const key = readString();
        expect(':');
        entries.push({ key, line: keyLine, value: readValue(depth + 1) });
        skipSpace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return { type: 'object', line: at, entries };
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const items: LocatedJson[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return { type: 'array', line: at, items };
      }
      for (;;) {
        items.push(readValue(depth + 1));
        skipSpace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') {
          pos++;
          return { type: 'array', line: at, items };
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') return { type: 'string', line: at, value: readString() };
    for (const [word, node] of [
      ['true', { type: 'boolean', line: at, value: true }],
      ['false', { type: 'boolean', line: at, value: false }],
      ['null', { type: 'null', line: at }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return node;
      }
    }
    NUMBER_RE.lastIndex = pos;
    const m = NUMBER_RE.exec(text);
    if (!m) return fail(c === undefined ? 'unexpected end of input' : `unexpected "${c}"`);
    pos += m[0].length;
    return { type: 'number', line: at, value: Number(m[0]) };
  };

  const root = readValue(0);
  skipSpace();
  if (pos < text.length) fail('unexpected text after the end');
  return root;
}

/** The plain value of a located node (later duplicate keys win, as with `JSON.parse`). */
export function plainJson(node: LocatedJson): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plainJson(e.value)]));
    case 'array':
      return node.items.map(plainJson);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
