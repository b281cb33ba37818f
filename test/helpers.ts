/** Shared test helpers: fixtures extracted from the seed plans (test/fixtures/README.md). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell } from '../src/core/read/cells';

// Jest runs tests as CommonJS (__dirname); the bench imports these helpers as ES modules from the repo root.
export const ROOT = typeof __dirname === 'string' ? join(__dirname, '..') : process.cwd();

/** The built `saisaat` command (bin/saisaat.cjs → build/cli.cjs). */
export const BIN = join(ROOT, 'bin/saisaat.cjs');

/** Runs the real `saisaat` binary from the repository root. */
export function saisaat(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A tab-separated fixture (extracted from a seed) as a grid of strings. */
export function tsvGrid(name: string): Cell[][] {
  return readFileSync(join(ROOT, 'test/fixtures', name), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

/**
 * Seed 000's detail sheets (ส่วนที่ ๓) with their three template leftovers (docs/domain.md#template-leftovers-and-noise-in-real-plans) fixed, as
 * staff would before publishing: the text of the bundled example's details sheet. Tests of the
 * leftovers read the fixture itself.
 */
export function seedDetailsFixed(): string {
  return readFileSync(join(ROOT, 'test/fixtures/seed000-details.txt'), 'utf8')
    .replace(/ระบ[ุบ]ชื่อ\s*องค์กรปกครองส่วน\s*ท้องถิ่น/g, 'เทศบาลตำบลบึงเค็งตา')
    .replace('การที่ระบุงบซื้อ ', 'การที่');
}

/** The nine numbered section headings of a detail document, in order (docs/domain.md#the-nine-sections-of-a-detail-document), as the official form writes them. */
export const SECTION_HEADINGS = [
  '๑. ชื่อโครงการ',
  '๒. หลักการและเหตุผล',
  '๓. วัตถุประสงค์',
  '๔. กลุ่มเป้าหมาย',
  '๕. วิธีดำเนินการ',
  '๖. ระยะเวลาดำเนินการ',
  '๗. งบประมาณที่ใช้ในการดำเนินการ',
  '๘. ผู้รับผิดชอบ',
  '๙. ผลผลิต/ผลลัพธ์',
];
