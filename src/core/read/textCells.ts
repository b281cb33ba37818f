/** The text cells of a plan table, for the rules that look at all text. */
/** A text cell of the table (0-based). */
export interface TextCell {
  row: number;
  col: number;
  text: string;
}

/**
 * The table's text cells, packed as one number per cell and its text rather than an object each:
 * a 100,000-row plan has half a million of them (issue #12, memory).
 */
export class TextCells implements Iterable<TextCell> {
  // Wider than any sheet (Sheets 18,278 columns, .xlsx 16,384); row × width stays an exact number.
  private static readonly WIDTH = 65536;
  private readonly cells: number[] = [];
  private readonly texts: string[] = [];

  add(row: number, col: number, text: string): void {
    this.cells.push(row * TextCells.WIDTH + col);
    this.texts.push(text);
  }

  *[Symbol.iterator](): Iterator<TextCell> {
    for (let i = 0; i < this.cells.length; i++) {
      const c = this.cells[i];
      yield { row: Math.floor(c / TextCells.WIDTH), col: c % TextCells.WIDTH, text: this.texts[i] };
    }
  }
}
