/**
 * Call counting and strictness for the fakes: every fake object is wrapped in a Proxy that counts
 * each method call as "Class.method" and throws `not implemented: Class.method` for anything the
 * fake does not have — so code that calls a method we never checked against Google's reference
 * fails in tests instead of in a user's spreadsheet.
 */

export class CallLog {
  readonly counts = new Map<string, number>();
  readonly order: string[] = [];
  /** Set while the fake document lock is held; writes record whether it was. */
  lockHeld = false;
  readonly unlockedWrites: string[] = [];

  record(name: string, mutating: boolean): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.order.push(name);
    if (mutating && !this.lockHeld) this.unlockedWrites.push(name);
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
        log.record(`${className}.${prop}`, mutating);
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
