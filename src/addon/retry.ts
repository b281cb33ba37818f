/**
 * Google's "slow down" answered the way Google asks: a rate limit (403 userRateLimitExceeded or
 * rateLimitExceeded, 429) or a server error (5xx backendError, Apps Script's "Service … failed") is
 * retried with truncated exponential backoff — waits of 1, 2, 4, 8 s, each plus up to 1 s of random
 * jitter so several editors do not retry in step
 * (https://developers.google.com/drive/api/guides/limits#exponential-backoff,
 * https://developers.google.com/drive/api/guides/handle-errors) — but never past the caller's
 * deadline, so a batch keeps its time budget. The daily quota and every other error go straight
 * to the caller: waiting does not help them.
 */
import { isTransientError } from '../core/document/generation';

/** At most this many tries: 1 + 2 + 4 + 8 s (+ jitter) of waiting, well inside a 30-second batch. */
const MAX_TRIES = 5;
const FIRST_WAIT_MS = 1000;
const JITTER_MS = 1000;

/** The HTTP status an advanced service's GoogleJsonResponseException carries in `details`, if any. */
function statusOf(error: unknown): number | null {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return typeof code === 'number' ? code : null;
}

/** Whether waiting a little and trying again may succeed. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429 || (status !== null && status >= 500)) return true;
  return isTransientError(String((error as Error)?.message ?? error));
}

/**
 * `work(attempt)` (attempt 0, 1 …) until it succeeds; a transient failure is retried after
 * Utilities.sleep (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer))
 * while tries and time before `deadline` (a Date.now() value) remain, else rethrown. `work` must
 * be safe to repeat: a try may have done part of its work before it failed.
 */
export function withBackoff<T>(work: (attempt: number) => T, deadline: number): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return work(attempt);
    } catch (e) {
      const wait = 2 ** attempt * FIRST_WAIT_MS + Math.floor(Math.random() * JITTER_MS);
      if (attempt + 1 >= MAX_TRIES || !isTransient(e) || Date.now() + wait > deadline) throw e;
      Utilities.sleep(wait);
    }
  }
}
