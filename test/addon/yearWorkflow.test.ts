/**
 * The plan through its year in Sheets, through the built Code.js over the strict fakes: the bundled
 * 5-year plan as a sheet → แผนปฏิบัติการประจำปี ๒๕๖๘ → the follow-up typed into its cells → the
 * check finds nothing → the สรุปผลการดำเนินงาน sheet's live formulas equal, for both rounds, the
 * same hand count the CLI's end-to-end test asserts (test/yearExample.ts) → the round-12
 * report as a Google Doc → the annual plan made again keeps every follow-up cell.
 */
import { join } from 'node:path';
import { readWorkbook } from '../../src/cli/workbook';
import type { Cell } from '../../src/core/read/cells';
import { indexColumns } from '../../src/core/read/columnIndex';
import { readPlan } from '../../src/core/read/planReader';
import type { FollowUpFigures } from '../../src/core/year/followUp';
import { followUpFigures } from '../generators/reportFigures';
import { formatAmount } from '../../src/shared/numbers';
import { ROOT } from '../helpers';
import { FOLLOW_UP, TRUTH } from '../yearExample';
import { loadAddon } from './harness';

const ANNUAL = 'แผนปฏิบัติการประจำปี ๒๕๖๘';
const SUMMARY = 'สรุปผลการดำเนินงาน';

/** A summary row as the sheet lays it out: planned, ordinance, spent, ร้อยละ, projects, then the statuses. */
const summaryRow = (f: FollowUpFigures) => [
  f.planned,
  f.ordinance,
  f.spent,
  f.planned ? Math.round((f.spent / f.planned) * 10000) / 100 : '-',
  f.projects,
  f.finished,
  f.inProgress,
  f.notStarted,
  f.notPossible,
  f.notReported,
];

describe('the plan through its year in Sheets', () => {
  test('annual plan → follow-up → check → สรุปผลการดำเนินงาน equal the hand count → made again, nothing lost', async () => {
    const example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
    const a = loadAddon();
    a.addSheet('แผนปฏิบัติการ', example.find((s) => s.name === 'แผนปฏิบัติการ')!.grid);
    expect(a.call('writeAnnualPlan', { year: 2568, include: [] })).toMatchObject({ sheetName: ANNUAL, created: true });

    const sheet = a.spreadsheet._sheetByName(ANNUAL)!;
    const reading = readPlan(sheet._dump() as Cell[][]);
    expect(reading.projects).toHaveLength(FOLLOW_UP.length);
    const index = indexColumns(reading.headers[0]);
    const cols = index.followUp!;
    const quarters = index.quarter.map((q) => q.col);
    reading.projects.forEach((p, i) => {
      const typed = FOLLOW_UP[i];
      const set = (col: number | undefined, value: unknown) => sheet.getRange(p.row, col! + 1).setValue(value ?? '');
      set(cols.ordinance, typed.ordinance);
      for (const [round, [status, spent, result]] of [
        [6, typed.r6],
        [12, typed.r12],
      ] as const) {
        set(cols.rounds[round]!.status, status);
        set(cols.rounds[round]!.spent, spent);
        set(cols.rounds[round]!.result, result);
      }
      for (const q of typed.ticks) set(quarters[Number(q) - 1], true);
    });

    const check = a.call('checkPlan');
    expect(check.findings.filter((f: { code: string }) => f.code.startsWith('FOLLOWUP_'))).toEqual([]);
    expect(check.errors).toBe(0);

    for (const round of [6, 12] as const) {
      a.call('updateFollowUpSummary', { round });
      const summary = a.spreadsheet._sheetByName(SUMMARY)!;
      // The table starts under its title lines, as many as the plan's title has.
      const first = summary._dump().findIndex((r) => String(r[0]).startsWith('มิติที่ ๑')) + 1;
      const rows = summary.getRange(first, 2, 6, 10).getValues();
      const truth = TRUTH[round];
      expect(rows).toEqual([
        ...(['1', '2', '3', '4'] as const).map((d) => summaryRow(truth.byDimension[d])),
        summaryRow(followUpFigures({})), // ไม่ระบุมิติ: every project has its dimension
        summaryRow(truth.total),
      ]);
    }

    // The round-12 report as a Google Doc, with the summary sheet open and the 5-year plan the
    // registered sheet: the annual plan's figures, the hand count's total spent among them.
    const report = a.call('makeReportDoc', {
      round: 12,
      problems: 'งบประมาณโอนล่าช้า',
      suggestions: 'ควรจัดสรรงบประมาณต้นปี',
      signer: { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรีตำบลบึงเค็งตา' },
      asOf: '2025-10-15',
    });
    expect(report.problems).toEqual([]);
    const doc = a.docs.files.get(report.doc!.url.split('/')[5])!.doc!.body.getText();
    expect(doc).toContain('รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)');
    expect(doc).toContain(formatAmount(TRUTH[12].total.spent, 2, 'thai'));
    expect(doc).toContain('(นายสมชาย ใจดี)');

    // Made again from the same 5-year plan: every follow-up cell and tick as typed.
    a.spreadsheet._active = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    expect(a.call('writeAnnualPlan', { year: 2568, include: [] })).toMatchObject({ created: false });
    const again = readPlan(a.spreadsheet._sheetByName(ANNUAL)!._dump() as Cell[][]);
    expect(again.projects.map((p) => p.followUp)).toEqual(
      reading.projects.map((_, i) => expect.objectContaining({ ordinance: FOLLOW_UP[i].ordinance })),
    );
    expect(again.projects.map((p) => p.followUp!.rounds[12]!.spent)).toEqual(FOLLOW_UP.map((p) => p.r12[1]));
    expect(again.projects.map((p) => p.quarters.filter(Boolean).length)).toEqual(FOLLOW_UP.map((p) => p.ticks.length));
  });
});
