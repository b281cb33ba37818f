/**
 * The sections of a project's details that the sidebar's form edits, as the details sheet holds
 * them (lists one item per line). Without zod, so the sidebar can import the list as a value.
 */
export const EDITABLE_SECTIONS = [
  'rationale',
  'objectives',
  'targets',
  'method',
  'responsible',
  'outputs',
  'outcomes',
] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];
