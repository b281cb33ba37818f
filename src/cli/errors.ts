/**
 * The user's mistakes the command reports (exit code 2), each in Thai and English: --lang picks
 * which one is printed, and --json gives both.
 */
import type { Bilingual } from '../shared/userMessage';

export abstract class CliError extends Error {
  abstract readonly code: 'USAGE' | 'FILE_UNREADABLE' | 'OUTPUT_UNWRITABLE';
  constructor(readonly text: Bilingual) {
    super(text.th);
  }
}

/** The command line cannot be used as given. */
export class UsageError extends CliError {
  readonly code = 'USAGE';
}

/** A file that cannot be read as a spreadsheet, or has not the sheet asked for. */
export class UnreadableFileError extends CliError {
  readonly code = 'FILE_UNREADABLE';
}

/** The output folder or a file in it cannot be written (a file in the way, no permission, disk full …). */
export class OutputError extends CliError {
  readonly code = 'OUTPUT_UNWRITABLE';
}
