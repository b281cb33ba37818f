/**
 * Calendar date and time of an instant in a time zone, through Utilities (Apps Script's own zone
 * data; V8's Intl time-zone support there is not something to depend on). The one place the
 * add-on asks what day it is.
 */
export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function datePartsIn(timeZone: string, date: Date = new Date()): DateTimeParts {
  const [year, month, day, hour, minute] = Utilities.formatDate(date, timeZone, 'yyyy-M-d-H-m').split('-').map(Number);
  return { year, month, day, hour, minute };
}
