/** The built dist/Code.js loaded in node:vm over a fresh in-memory Apps Script environment. */
import { createGasEnvironment, type GasEnvironment } from '../fakes';
import { loadCodeJs } from '../vm';

export interface Addon extends GasEnvironment {
  /** Calls a top-level function of Code.js the way Apps Script or google.script.run would. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function loadAddon(options: { locale?: string } = {}): Addon {
  const gas = createGasEnvironment(options);
  const ctx = loadCodeJs(gas.globals);
  return {
    ...gas,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = ctx[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      // Through JSON, as google.script.run does: arguments and results must be plain data.
      const result = (fn as (...a: unknown[]) => unknown)(...JSON.parse(JSON.stringify(args)));
      return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
    },
  };
}

export const CREATE_REQUEST = {
  organisationName: 'เทศบาลตำบลบึงเค็งตา',
  organisationType: 'เทศบาลตำบล',
  planKind: 'five-year',
  fromYear: 2566,
  toYear: 2570,
  quarterYear: 2568,
};
