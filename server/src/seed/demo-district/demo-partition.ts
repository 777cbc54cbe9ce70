/**
 * Partition helpers for the demo district: split a set of lattice units among labels so every
 * label gets a contiguous, compact share. Pure and deterministic (ties broken by index).
 */

export interface Unit {
  /** Lattice column and row (row 0 = north). */
  col: number;
  row: number;
}

/**
 * Splits `units` (indices into `all`) among `labels` (in order) by recursive bisection along the
 * longer side of the bounding box: sizes are as equal as possible, every label gets at least one
 * unit when units.length ≥ labels.length, and earlier labels get the western / northern parts.
 * Returns label index per unit in `out`.
 */
export function bisect(
  all: readonly Unit[],
  units: readonly number[],
  labels: readonly number[],
  out: Map<number, number>,
): void {
  if (labels.length === 0) return;
  if (labels.length === 1 || units.length <= 1) {
    for (const u of units) out.set(u, labels[0]!);
    return;
  }
  let minC = Infinity;
  let maxC = -Infinity;
  let minR = Infinity;
  let maxR = -Infinity;
  for (const u of units) {
    const { col, row } = all[u]!;
    minC = Math.min(minC, col);
    maxC = Math.max(maxC, col);
    minR = Math.min(minR, row);
    maxR = Math.max(maxR, row);
  }
  const byCol = maxC - minC >= maxR - minR;
  const sorted = [...units].sort((a, b) => {
    const p = all[a]!;
    const q = all[b]!;
    return byCol ? p.col - q.col || p.row - q.row || a - b : p.row - q.row || p.col - q.col || a - b;
  });
  const k1 = Math.floor(labels.length / 2);
  const k2 = labels.length - k1;
  let n1 = Math.round((sorted.length * k1) / labels.length);
  n1 = Math.max(Math.min(n1, sorted.length - k2), Math.min(k1, sorted.length));
  bisect(all, sorted.slice(0, n1), labels.slice(0, k1), out);
  bisect(all, sorted.slice(n1), labels.slice(k1), out);
}

/**
 * Makes every label's units connected: for each label, the largest connected component stays,
 * and every smaller component moves to the neighbouring label it shares the most adjacencies with
 * (among labels allowed by `mayMoveTo`). Repeats until stable. A label never loses its largest
 * component, so it never becomes empty. Components with no allowed neighbour stay where they are.
 */
export function makeContiguous(
  labelOf: number[],
  adjacency: readonly (readonly number[])[],
  mayMoveTo: (unit: number, label: number) => boolean = () => true,
): void {
  const n = labelOf.length;
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    const seen = new Uint8Array(n);
    const componentsByLabel = new Map<number, number[][]>();
    for (let s = 0; s < n; s++) {
      if (seen[s]) continue;
      const label = labelOf[s]!;
      const comp: number[] = [];
      const stack = [s];
      seen[s] = 1;
      while (stack.length) {
        const u = stack.pop()!;
        comp.push(u);
        for (const v of adjacency[u]!) {
          if (!seen[v] && labelOf[v] === label) {
            seen[v] = 1;
            stack.push(v);
          }
        }
      }
      comp.sort((a, b) => a - b);
      const list = componentsByLabel.get(label);
      if (list) list.push(comp);
      else componentsByLabel.set(label, [comp]);
    }
    const labels = [...componentsByLabel.keys()].sort((a, b) => a - b);
    for (const label of labels) {
      const comps = componentsByLabel.get(label)!;
      if (comps.length < 2) continue;
      // Largest first; ties by smallest unit index (components are found in index order).
      const order = comps.map((c, i) => ({ c, i })).sort((a, b) => b.c.length - a.c.length || a.i - b.i);
      for (const { c } of order.slice(1)) {
        const votes = new Map<number, number>();
        for (const u of c) {
          for (const v of adjacency[u]!) {
            const other = labelOf[v]!;
            if (other !== label && mayMoveTo(u, other)) votes.set(other, (votes.get(other) ?? 0) + 1);
          }
        }
        let best: number | null = null;
        let bestVotes = 0;
        for (const [other, count] of [...votes].sort((a, b) => a[0] - b[0])) {
          if (count > bestVotes) {
            best = other;
            bestVotes = count;
          }
        }
        if (best === null) continue;
        for (const u of c) labelOf[u] = best;
        changed = true;
      }
    }
    if (!changed) return;
  }
}

/**
 * Makes sure label i holds at least need[i] units: a label short of units takes units on its
 * border from neighbouring labels that can spare them (most spare first, then lowest index).
 * Updates labelOf and unitsOfLabel. Returns the first label it could not satisfy, or null.
 */
export function rebalance(
  labelOf: number[],
  unitsOfLabel: number[][],
  need: readonly number[],
  adjacency: readonly (readonly number[])[],
): number | null {
  for (let guard = 0; guard <= labelOf.length; guard++) {
    const k = unitsOfLabel.findIndex((list, i) => list.length < need[i]!);
    if (k < 0) return null;
    let pick: number | null = null;
    let pickSpare = 0;
    for (const u of unitsOfLabel[k]!) {
      for (const v of adjacency[u]!) {
        const s = labelOf[v]!;
        const spare = unitsOfLabel[s]!.length - need[s]!;
        if (s !== k && spare > 0 && (spare > pickSpare || (spare === pickSpare && v < pick!))) {
          pick = v;
          pickSpare = spare;
        }
      }
    }
    if (pick === null) return k;
    const from = labelOf[pick]!;
    unitsOfLabel[from] = unitsOfLabel[from]!.filter((u) => u !== pick);
    unitsOfLabel[k]!.push(pick);
    labelOf[pick] = k;
  }
  return unitsOfLabel.findIndex((list, i) => list.length < need[i]!) === -1 ? null : 0;
}
