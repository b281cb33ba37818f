/**
 * Random follow-up states (test/generators/followUp.ts) written into random annual plans
 * (test/generators/plan.ts) under random header variants: the round's report figures equal the
 * sums over the projects, for every dimension and status, and the total is the sum of the
 * dimensions. The expected figures are computed here from the truth, not from the reading.
 * Seeded: SAISAAT_SEED and SAISAAT_RUNS override the defaults.
 */
import fc from 'fast-check';
import { checkGrid } from '../../src/core/check/check';
import { reportFigures } from '../../src/core/year/figures';
import type { FollowUpFigures, Round, StatusKey } from '../../src/core/year/followUp';
import { planFormArb, planTruthArb, satangOf, writePlan, type Dim, type PlanTruth } from '../generators/plan';
import { followUpFigures } from '../generators/reportFigures';
import {
  addFollowUp,
  followUpFormArb,
  followUpTruthArb,
  type FollowUpTruth,
  type RoundTruth,
} from '../generators/followUp';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261203);
const RUNS = Number(process.env.SAISAAT_RUNS ?? 300);

const annualArb = planTruthArb()
  .filter((t) => t.annual)
  .chain((truth) => {
    const count = truth.dimensions.reduce((n, d) => n + d.projects.length, 0);
    return fc.tuple(
      fc.constant(truth),
      planFormArb(truth),
      fc.array(followUpTruthArb, { minLength: count, maxLength: count }),
      followUpFormArb,
    );
  });

/** What a project counts with in the round, by the rules of the report (a finished round 6 stays finished). */
function expectedRound(t: FollowUpTruth, round: Round): { status: StatusKey | null; spent: number } {
  const six: RoundTruth = t.rounds[6];
  const own: RoundTruth = t.rounds[round];
  if (round === 12 && six.status === 'finished' && own.written === '')
    return { status: 'finished', spent: own.spent ?? six.spent ?? 0 };
  return { status: own.status, spent: own.spent ?? 0 };
}

/** The figures in satang, added up from the truth one project at a time. */
function expectedFigures(plan: PlanTruth, states: FollowUpTruth[], round: Round, hasOrdinance: boolean) {
  const zero = (): FollowUpFigures => followUpFigures({});
  const byDimension: Record<Dim, FollowUpFigures> = { 1: zero(), 2: zero(), 3: zero(), 4: zero() };
  let i = 0;
  for (const d of plan.dimensions)
    for (const p of d.projects) {
      const state = states[i++];
      const f = byDimension[d.dimension];
      const { status, spent } = expectedRound(state, round);
      f.projects++;
      f[status ?? 'notReported']++;
      f.planned += satangOf(p.budgets[0]);
      f.ordinance += hasOrdinance ? (state.ordinance ?? 0) : 0;
      f.spent += spent;
    }
  return byDimension;
}

/** Amounts of figures as satang, to compare exactly. */
const inSatang = (f: FollowUpFigures): FollowUpFigures => ({
  ...f,
  planned: Math.round(f.planned * 100),
  ordinance: Math.round(f.ordinance * 100),
  spent: Math.round(f.spent * 100),
});

const FIELDS = [
  'projects',
  'finished',
  'inProgress',
  'notPossible',
  'notStarted',
  'notReported',
  'planned',
  'ordinance',
  'spent',
] as const;

describe('report figures from random follow-up states in random annual plans', () => {
  test(`every dimension and status equals the sum of its projects; the total is the sum of the dimensions (${RUNS} plans, seed ${SEED})`, () => {
    fc.assert(
      fc.property(annualArb, ([plan, form, states, followForm]) => {
        const written = addFollowUp(writePlan(plan, form), states, followForm);
        const { reading } = checkGrid(written.grid, 'แผน');
        const context = written.grid.map((r) => r.join('\t')).join('\n');
        expect({ projects: reading.projects.length, context }).toEqual({ projects: states.length, context });
        for (const round of [6, 12] as const) {
          const figures = reportFigures(reading.projects, plan.years[0], round);
          const expected = expectedFigures(plan, states, round, followForm.ordinanceHeader !== null);
          for (const d of [1, 2, 3, 4] as const)
            expect({ round, d, figures: inSatang(figures.byDimension[d]) }).toEqual({
              round,
              d,
              figures: expected[d],
            });
          const total = inSatang(figures.total);
          for (const field of FIELDS) {
            const sum = ([1, 2, 3, 4] as const).reduce((s, d) => s + inSatang(figures.byDimension[d])[field], 0);
            expect({ round, field, total: total[field] }).toEqual({ round, field, total: sum });
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
