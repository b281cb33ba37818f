/**
 * Dimension and sub-mission headings ("มิติที่ ๑ …", "ภารกิจตามมิติ 1.1 …") and what they carry
 * down: a project row takes the dimension and sub-mission written on it, else those of the merged
 * block or heading above it (docs/domain.md#per-project-annual-tables-seed-003).
 */
import { matchMission, missionText, parseDimension, type Catalogue, type DimensionNumber } from '../data/catalogue';
import { cellText, type Cell, type Grid } from './cells';
import type { ColumnIndex } from './columnIndex';
import { createFinding, type Finding } from '../check/findings';

export const HEADING_DIMENSION = /^(มิติ|มติ)\s*(ที่)?\s*[1-4๑-๔]\s*[.:]?\s*\S/;
export const HEADING_MISSION = /^(ภารกิจ|การกิจ)(ตาม(มิติ|มติ))?\s*[0-9๐-๙]/;

/** Whether a line is a dimension or sub-mission heading (so not part of the title). */
export function isHeading(text: string): boolean {
  return HEADING_DIMENSION.test(text) || HEADING_MISSION.test(text);
}

type Mission = { text: string; match: ReturnType<typeof matchMission> };

/** The dimension and sub-mission in force at the row being read. */
export class CarriedDown {
  private dimension: { value: DimensionNumber; added: boolean } | null = null;
  private missionCell = '';
  // The mission's wording and catalogue match, recomputed only when the mission cell changes;
  // tables that repeat the sub-mission on every row write a few wordings many times.
  private missionSource = '';
  private mission: Mission = { text: '', match: null };
  private readonly missions = new Map<string, Mission>();

  constructor(
    /** The catalogue dimensions and sub-missions are read by. */
    readonly catalogue: Catalogue,
    private readonly findings: Finding[],
  ) {}

  /** Headings above the first table (003: "มิติ ๑ …", "ภารกิจตามมิติ 1.1 …") apply to it. */
  headingsAbove(grid: Grid, firstHeader: number): void {
    for (let r = 0; r < firstHeader; r++) {
      const text = (grid[r] ?? [])
        .map(cellText)
        .filter((t) => t !== '')
        .join(' ');
      if (HEADING_MISSION.test(text)) this.missionCell = text;
      else if (HEADING_DIMENSION.test(text)) {
        this.dimensionHeading(text);
        this.missionCell = '';
      }
    }
  }

  dimensionHeading(text: string): void {
    const d = parseDimension(text, this.catalogue);
    if (d.kind !== 'dimension') return;
    this.dimension = { value: d.dimension, added: d.added };
    this.missionCell = '';
  }

  /** The dimension a cell names by number or by name ("๑. สร้าง วัฒนธรรม สุจริต"), or null. */
  dimensionOf(text: string): DimensionNumber | null {
    const d = parseDimension(text, this.catalogue);
    return d.kind === 'dimension' ? d.dimension : null;
  }

  /**
   * The dimension a line names by its name, after an optional number ("๒. การบริหารราชการด้วย
   * ความโปร่งใส", as a heading row writes it); null for anything else ("๒.โครงการ…" is a project).
   */
  dimensionNamed(text: string): DimensionNumber | null {
    const name = text.replace(/^[\s*]*(?:มิติ|มติ)?\s*(?:ที่)?\s*[0-9๐-๙]?\s*[.)]?\s*/, '');
    if (name.length < 6 || /[0-9๐-๙]/.test(name)) return null;
    return this.dimensionOf(name);
  }

  /** A sub-mission heading, or a project row's own sub-mission cell. */
  setMission(text: string): void {
    this.missionCell = text;
  }

  /** A project's dimension: written on its row (checked), or carried down from the block or heading above. */
  projectDimension(
    row: ReadonlyArray<Cell>,
    r: number,
    texts: string[],
    cols: ColumnIndex['single'],
  ): { dimension: DimensionNumber | null; added: boolean; written: boolean } {
    const dimCol = cols.dimension;
    const text = dimCol !== undefined ? texts[dimCol] : '';
    if (dimCol === undefined || text === '') {
      const carried = this.dimension;
      if (!carried) this.findings.push(createFinding('DIMENSION_MISSING', r, dimCol ?? cols.project!, {}));
      return { dimension: carried ? carried.value : null, added: carried ? carried.added : false, written: false };
    }
    const d = parseDimension(row[dimCol], this.catalogue);
    if (d.kind !== 'dimension') {
      this.findings.push(createFinding('DIMENSION_INVALID', r, dimCol, { text }));
      return { dimension: null, added: this.dimension?.added ?? false, written: true };
    }
    if (!this.dimension || this.dimension.value !== d.dimension) this.missionCell = '';
    this.dimension = { value: d.dimension, added: false };
    if (d.nameProblem === 'old-name')
      this.findings.push(createFinding('DIMENSION_OLD_NAME', r, dimCol, { text, dimension: d.dimension }));
    if (d.nameProblem === 'other-dimension')
      this.findings.push(createFinding('DIMENSION_NAME_MISMATCH', r, dimCol, { text, dimension: d.dimension }));
    return { dimension: d.dimension, added: d.added, written: true };
  }

  /** The sub-mission in force: its wording and catalogue match. */
  currentMission(): Mission {
    const source = this.missionCell;
    if (source === this.missionSource) return this.mission;
    this.missionSource = source;
    let known = this.missions.get(source);
    if (!known) {
      const text = source ? missionText(source) : '';
      known = { text, match: text ? matchMission(text, this.catalogue) : null };
      this.missions.set(source, known);
    }
    this.mission = known;
    return known;
  }
}
