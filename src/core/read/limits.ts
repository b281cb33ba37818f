/**
 * The largest plan SaiSaat reads, in the CLI and the add-on alike. The biggest real plans have a
 * few hundred projects; these bounds are two orders of magnitude above that and keep memory and
 * time (Apps Script's 6-minute limit) bounded on a file that is not a plan or was damaged (a stray
 * value at XFD1048576).
 */
export const MAX_PLAN_ROWS = 100_000;
export const MAX_PLAN_COLUMNS = 500;
