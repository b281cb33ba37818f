/**
 * google.script.run as promises, with the progress bar shown for any call still running after
 * a moment and the sections' buttons disabled meanwhile, so nothing is started twice (the tabs stay
 * usable: disabling the focused tab would drop the keyboard user's focus). Typed from ServerApi:
 * calling a function the server does not export, or with the wrong request, fails the build.
 */
import type { ServerApi } from '../shared/api';

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [fn: string]: unknown;
}

declare const google: { script: { run: Runner } };

const SHOW_PROGRESS_AFTER_MS = 300;
let pending = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function busy(on: boolean): void {
  pending += on ? 1 : -1;
  const progress = document.getElementById('progress')!;
  document.querySelectorAll<HTMLButtonElement>('#panels button').forEach((b) => (b.disabled = pending > 0));
  if (pending > 0 && !timer) timer = setTimeout(() => (progress.hidden = false), SHOW_PROGRESS_AFTER_MS);
  if (pending === 0) {
    clearTimeout(timer);
    timer = undefined;
    progress.hidden = true;
  }
}

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  busy(true);
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        busy(false);
        resolve(value as ReturnType<ServerApi[K]>);
      })
      .withFailureHandler((error) => {
        busy(false);
        reject(error);
      });
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
