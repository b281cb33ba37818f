/** Bench helpers: median timing over repeated runs. */
import { performance } from 'node:perf_hooks';

/** Median milliseconds of `fn` over `runs` runs after `warmup` unmeasured runs. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const fmtMs = (ms: number) => `${ms.toFixed(1)} ms`;
