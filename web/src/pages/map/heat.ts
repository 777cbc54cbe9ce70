/** The heat layer's colour scale (pure, shared by the map and its legend). */

/** White (none) → orange → dark red, for a grid's share of the busiest grid's cases. */
export function heatColor(share: number): string {
  const s = Math.min(1, Math.max(0, share));
  const stops: [number, [number, number, number]][] = [
    [0, [255, 247, 230]],
    [0.4, [255, 169, 64]],
    [0.75, [245, 34, 45]],
    [1, [130, 0, 20]],
  ];
  let i = 0;
  while (i < stops.length - 2 && s > stops[i + 1]![0]) i++;
  const [a, ca] = stops[i]!;
  const [b, cb] = stops[i + 1]!;
  const f = (s - a) / (b - a);
  const c = ca.map((v, k) => Math.round(v + (cb[k]! - v) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
