/**
 * A stable colour per street: the street's 3-digit number picks from a qualitative palette
 * ordered so that consecutive numbers (usually neighbouring streets) contrast.
 */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#d37295',
  '#6f63bb',
  '#a0cbe8',
  '#c7a76c',
  '#79706e',
  '#ffbe7d',
  '#2ca58d',
  '#d4a6c8',
  '#bab0ac',
  '#b6992d',
] as const;

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

export function streetColor(streetCode: string): string {
  const n = Number.parseInt(streetCode.slice(-3), 10);
  const index = Number.isFinite(n) && n > 0 ? n - 1 : hash(streetCode);
  return PALETTE[index % PALETTE.length]!;
}
