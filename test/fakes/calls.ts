/**
 * Call counting and strictness for the fakes: every fake object is wrapped in a Proxy that counts
 * each method call as "Class.method" and throws `not implemented: Class.method` for anything the
 * fake does not have — so code that calls a method we never checked against Google's reference
 * fails in tests instead of in a user's spreadsheet. Any call can also be made to fail the way
 * Google fails (`failNext`, `failWhen`, and the errors of `FAULTS`).
 */

export class CallLog {
  readonly counts = new Map<string, number>();
  readonly order: string[] = [];
  /** Set while the fake document lock is held; writes record whether it was. */
  lockHeld = false;
  readonly unlockedWrites: string[] = [];

  private readonly planned: { call: string; fault: Fault; times: number }[] = [];
  /** A test's own rule: the error a call (by name, with its arguments) throws, or null to let it run. */
  failWhen: ((call: string, args: unknown[]) => Error | null) | null = null;
  /** Faults thrown so far, by call name (a failed call is counted too: Google charged it). */
  readonly failures: string[] = [];

  record(name: string, mutating: boolean): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.order.push(name);
    if (mutating && !this.lockHeld) this.unlockedWrites.push(name);
  }

  /** The next `times` calls of `call` ("Drive.Files.copy", "DocumentApp.openById" …) throw `fault`. */
  failNext(call: string, fault: Fault, times = 1): void {
    this.planned.push({ call, fault, times });
  }

  /** Throws the fault planned for this call, if any (called by every instrumented method before it runs). */
  _maybeFail(call: string, args: unknown[]): void {
    const plan = this.planned.find((p) => p.call === call && p.times > 0);
    const error = plan ? plan.fault(call, args) : this.failWhen?.(call, args);
    if (!error) return;
    if (plan) plan.times--;
    this.failures.push(call);
    throw error;
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
    this.unlockedWrites.length = 0;
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  /** Counts as a plain sorted object, for comparing two runs. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** Calls that change the document (for the "writes hold the lock" check). */
const MUTATING = /^(set|insert|merge|protect|clear|hide|update|append|delete)/;
const DOCUMENT_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection']);

// Properties test tooling and JS itself may probe on any object without it being an API call.
const PASSTHROUGH = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'constructor',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  'toString',
  'valueOf',
]);

/**
 * Wraps a fake: public methods are counted; names starting with "_" are the fake's own plumbing
 * (not Apps Script API) and pass uncounted; anything else throws.
 */
export function instrument<T extends object>(target: T, className: string, log: CallLog): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PASSTHROUGH.has(prop) || prop.startsWith('_'))
        return Reflect.get(obj, prop, receiver);
      if (!(prop in obj)) throw new Error(`not implemented: ${className}.${prop}`);
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      const mutating = DOCUMENT_CLASSES.has(className) && MUTATING.test(prop) && prop !== 'setActiveSheet';
      return (...args: unknown[]) => {
        const call = `${className}.${prop}`;
        log.record(call, mutating);
        log._maybeFail(call, args);
        return value.apply(obj, args);
      };
    },
  });
}

/**
 * A fake class's methods checked against Google's type: every name must exist on the real
 * interface with compatible parameters (return types are the fake's own).
 */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

// ---- Faults ------------------------------------------------------------------------------------------

/** An error Google throws for a call, built for that call's name and arguments. */
export type Fault = (call: string, args: unknown[]) => Error;

/** The REST method an advanced-service call reaches: "Drive.Files.copy" → "drive.files.copy". */
const restMethod = (call: string) =>
  call
    .split('.')
    .map((p, i, all) => (i === all.length - 1 ? p : p.toLowerCase()))
    .join('.');

/**
 * What an advanced service throws for an HTTP error: Apps Script's GoogleJsonResponseException, its
 * message "API call to <method> failed with error: <message>", and `details` with the API's error
 * body (`code`, `message`, `errors[]` with `reason`), as the Drive API's error guide shows it:
 * https://developers.google.com/drive/api/guides/handle-errors
 */
export function apiError(call: string, code: number, reason: string, message: string): Error {
  const e = new Error(`API call to ${restMethod(call)} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  Object.assign(e, {
    details: { code, message, errors: [{ domain: code === 403 ? 'usageLimits' : 'global', reason, message }] },
  });
  return e;
}

/** An Apps Script service's own exception (String(e) reads "Exception: …", as in the execution log). */
export function exception(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

const isAdvanced = (call: string) => /^(Drive|Docs)\./.test(call);

/**
 * The failures Google documents for its services, for `failNext`/`failWhen`:
 * - rate limits and server errors of the Drive and Docs APIs, to be retried with exponential
 *   backoff (https://developers.google.com/drive/api/guides/limits,
 *   https://developers.google.com/drive/api/guides/handle-errors#resolve_a_403_error_user_rate_limit_exceeded,
 *   https://developers.google.com/docs/api/limits); on a built-in service (DocumentApp…) a
 *   server error is Apps Script's "Service … failed" exception;
 * - the daily quota of Apps Script services, which stops the script until 24 hours after the first
 *   request: "Service invoked too many times for one day: <service>."
 *   (https://developers.google.com/apps-script/guides/services/quotas).
 */
export const FAULTS = {
  userRateLimit: ((call) => apiError(call, 403, 'userRateLimitExceeded', 'User Rate Limit Exceeded')) as Fault,
  rateLimit: ((call) => apiError(call, 429, 'rateLimitExceeded', 'Rate Limit Exceeded')) as Fault,
  backendError: ((call, args) =>
    isAdvanced(call)
      ? apiError(call, 500, 'backendError', 'Backend Error')
      : exception(
          `Service ${/^(Spreadsheet|Sheet|Range)/.test(call) ? 'Spreadsheets' : 'Documents'} failed while accessing document with id ${typeof args[0] === 'string' ? args[0] : ''}.`,
        )) as Fault,
  dailyQuota:
    (service: string): Fault =>
    () =>
      exception(`Service invoked too many times for one day: ${service}.`),
};
