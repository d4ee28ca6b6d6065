/** A CSV column as the import screen names it: its header, or its place when the header is empty. */
export function columnName(header: string, index: number): string {
  return header || `Column ${index + 1}`;
}
