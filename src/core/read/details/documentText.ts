/**
 * Detail documents as converted text (docs/domain.md#the-nine-sections-of-a-detail-document):
 * "ลำดับที่ ๑" starts a project, the nine numbered headings start sections (a name may follow its
 * heading on the next line).
 */
import { emptyDetails, type DetailField, type ProjectDetails } from './model';
import { sectionHeading, setField } from './sections';
import { cleanText } from '../text';

export function detailsFromDocumentText(text: string): ProjectDetails[] {
  const out: ProjectDetails[] = [];
  let current: ProjectDetails | null = null;
  let field: DetailField | null = null;
  let buffer: string[] = [];
  const flush = () => {
    if (current && field) setField(current, field, field === 'name' ? [buffer.join(' ')] : buffer);
    buffer = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = cleanText(raw);
    if (line === '') continue;
    const start = /^ลำดับที่\s*[0-9๐-๙]+\s*$/.test(line);
    if (start) {
      flush();
      field = null;
      // "ลำดับที่ N" numbers the detail sheets in their own order, not the plan's: not a link key.
      current = emptyDetails(null);
      out.push(current);
      continue;
    }
    if (!current) continue;
    const heading = sectionHeading(line);
    if (heading && /^[0-9๐-๙]{1,2}\s*[.)]/.test(line)) {
      flush();
      field = heading.field;
      if (heading.rest) buffer.push(heading.rest);
      continue;
    }
    if (field) buffer.push(raw.replace(/\s+$/, ''));
  }
  flush();
  return out;
}
