/** Consecutive runs of integers (rows or columns), so a block of cells takes one range. */
export function consecutiveRuns(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n !== last[1]) out.push([n, n]);
  }
  return out;
}
