/** The built dist/Code.js loaded in node:vm over a fresh in-memory Apps Script environment. */
import type { ServerApi } from '../../src/shared/api';
import type { CreatePlanRequest } from '../../src/shared/wire';
import { RESULT_SCHEMAS } from '../../src/shared/results';
import { createGasEnvironment, type GasEnvironment, type GasOptions } from '../fakes/index';
import { loadCodeJs } from '../vm';
import { decodeMessage, type Bilingual } from '../../src/shared/userMessage';

export interface Addon extends GasEnvironment {
  /**
   * Calls a top-level function of Code.js the way Apps Script or google.script.run would. A
   * sidebar server function is typed from ServerApi and its result must parse with its schema.
   */
  call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): ReturnType<ServerApi[K]>;
  /** Triggers, menu handlers, custom functions, and requests a test sends on purpose malformed. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function loadAddon(options: GasOptions = {}): Addon {
  const gas = createGasEnvironment(options);
  const ctx = loadCodeJs(gas.globals);
  // Object.assign keeps the environment's getters (userProperties follows the running user).
  return Object.assign(gas, {
    call(name: string, ...args: unknown[]) {
      const fn = ctx[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      // Through JSON, as google.script.run does: arguments and results must be plain data.
      const result = (fn as (...a: unknown[]) => unknown)(...JSON.parse(JSON.stringify(args)));
      assertPlain(result, name);
      const sent = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
      if (Object.hasOwn(RESULT_SCHEMAS, name)) assertResult(name as keyof ServerApi, sent);
      return sent;
    },
  }) as Addon;
}

/** The result the sidebar gets is what ServerApi promises it (src/shared/results.ts). */
function assertResult(name: keyof ServerApi, result: unknown): void {
  const parsed = RESULT_SCHEMAS[name].safeParse(result);
  // zod/mini carries no messages: the issues themselves say what is wrong.
  if (!parsed.success)
    throw new Error(`${name} returned what its result schema rejects: ${JSON.stringify(parsed.error.issues)}`);
}

/**
 * The Thai and English texts of the user message `work` throws, as the sidebar decodes them (with
 * the "Exception: " Apps Script may put in front); rethrows any other error.
 */
export function userError(work: () => unknown): Bilingual {
  try {
    work();
  } catch (e) {
    const text = decodeMessage(`Exception: ${(e as Error).message}`);
    if (text) return text;
    throw e;
  }
  throw new Error('expected a user message, but nothing was thrown');
}

/** google.script.run drops Dates, functions and class instances: results must be plain JSON data. */
function assertPlain(value: unknown, path: string): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which JSON cannot carry`);
    return;
  }
  if (typeof value !== 'object') throw new Error(`${path} is a ${typeof value}, not plain data`);
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null)
    throw new Error(`${path} is a ${proto.constructor?.name}, not a plain object`);
  for (const [k, v] of Object.entries(value)) assertPlain(v, `${path}.${k}`);
}

export const CREATE_REQUEST: CreatePlanRequest = {
  organisationName: 'เทศบาลตำบลบึงเค็งตา',
  organisationType: 'เทศบาลตำบล',
  planKind: 'five-year',
  fromYear: 2566,
  toYear: 2570,
  quarterYear: 2568,
};
