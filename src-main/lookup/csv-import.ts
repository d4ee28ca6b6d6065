import Papa, { type ParseResult } from 'papaparse';
import { err, ok, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { capText, contactOf } from './contact-text';
import { MAX_CONTACTS, PREVIEW_ROWS } from './limits';
import type { Contact, ImportedPhonebook, ImportProblem } from './types';

/** Which columns (0-based) hold what. Several name columns are joined with a space (first + last name). */
export interface CsvMapping {
  readonly name: readonly number[];
  readonly company: number | null;
  readonly numbers: readonly number[];
}

/** What the import screen shows before the user confirms: the header, a few rows and a guessed mapping. */
export interface CsvPreview {
  readonly format: 'csv';
  readonly delimiter: string;
  readonly headers: readonly string[];
  readonly sample: readonly (readonly string[])[];
  readonly rows: number;
  readonly mapping: CsvMapping;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter used most outside quotes on the header line (Excel writes ";" where "," is the decimal mark). */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text.slice(0, 4096)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/**
 * The rows of a CSV text, as strings. papaparse is lenient by design (it returns what it could read
 * and lists the problems); a quote problem means the rest of the file may have run into one field, so
 * any is refused, with the line it was found on. Cells keep their spaces: every cell that is used is
 * trimmed where it is read (contact-text.ts), which costs less than trimming all of them.
 */
function readRows(text: string, delimiter: string): Result<string[][], ImportProblem> {
  let read: ParseResult<string[]>;
  try {
    read = Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: 'greedy',
      // One row more than the header and the most contacts, so a longer file is refused, not cut short.
      preview: MAX_CONTACTS + 2,
    });
  } catch {
    return err(problemSaid('csv-unreadable', 'phonebookFile.notCsv'));
  }
  const broken = read.errors.find((e) => e.type === 'Quotes');
  if (broken !== undefined) {
    // papaparse's messages may quote the file; only the line number goes into ours.
    const line = typeof broken.row === 'number' ? broken.row + 1 : NaN;
    return err(
      problemSaid('csv-unreadable', 'phonebookFile.csvQuotes', {
        line: Number.isFinite(line) ? String(line) : 'none',
      }),
    );
  }
  return ok(read.data);
}

const NUMBER_HEADER = /phone|tel|mobile|cell|handy|number|numéro|nummer|numero|\bdid\b/i;
const NOT_NUMBER_HEADER = /fax|type|label|e-?mail/i;
const COMPANY_HEADER = /company|organi[sz]ation|^org$|firm|business|employer|firma|société|societe|account/i;
const WHOLE_NAME_HEADER = /^(name|full ?name|display ?name|contact( ?name)?|nom|vollständiger name)$/i;
const FIRST_NAME_HEADER = /first|given|vorname|prénom|prenom/i;
const LAST_NAME_HEADER = /last|family|surname|nachname|^nom$/i;

/** A first guess of the mapping from the header row; the user corrects it in the preview. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const find = (test: (h: string) => boolean): number[] =>
    headers.flatMap((h, i) => (test(h.trim()) ? [i] : []));
  const numbers = find((h) => NUMBER_HEADER.test(h) && !NOT_NUMBER_HEADER.test(h));
  const company = find((h) => COMPANY_HEADER.test(h) && !numbers.includes(headers.indexOf(h)))[0] ?? null;
  const whole = find((h) => WHOLE_NAME_HEADER.test(h))[0];
  const name =
    whole !== undefined
      ? [whole]
      : [
          ...find((h) => FIRST_NAME_HEADER.test(h)).slice(0, 1),
          ...find((h) => LAST_NAME_HEADER.test(h)).slice(0, 1),
        ];
  return { name, company, numbers };
}

/** The header, a few rows and a guessed mapping, for the import screen. */
export function previewCsv(text: string): Result<CsvPreview, ImportProblem> {
  const delimiter = guessDelimiter(text);
  const read = readRows(text, delimiter);
  if (!read.ok) return read;
  const [header, ...rows] = read.value;
  if (header === undefined) return err(problemSaid('file-empty', 'phonebookFile.noRows'));
  const shown = (row: readonly string[]): string[] => row.map((cell) => capText(cell) ?? '');
  return ok({
    format: 'csv',
    delimiter,
    headers: shown(header),
    sample: rows.slice(0, PREVIEW_ROWS).map(shown),
    rows: rows.length,
    mapping: guessMapping(header),
  });
}

function checkMapping(mapping: CsvMapping, columns: number): ImportProblem | null {
  const all = [...mapping.name, ...mapping.numbers, ...(mapping.company === null ? [] : [mapping.company])];
  if (mapping.numbers.length === 0) {
    return problemSaid('csv-no-number-column', 'phonebookFile.noNumberColumn');
  }
  if (all.some((c) => !Number.isInteger(c) || c < 0 || c >= columns)) {
    return problemSaid('csv-bad-mapping', 'phonebookFile.badMapping', { columns });
  }
  return null;
}

/** The contacts of a CSV file with a header row, read with `mapping` (the guessed one when left out). */
export function importCsv(text: string, mapping?: CsvMapping): Result<ImportedPhonebook, ImportProblem> {
  const read = readRows(text, guessDelimiter(text));
  if (!read.ok) return read;
  const [header, ...rows] = read.value;
  if (header === undefined) return err(problemSaid('file-empty', 'phonebookFile.noRows'));
  if (rows.length > MAX_CONTACTS) {
    return err(problemSaid('too-many-contacts', 'phonebookFile.tooManyRows', { max: MAX_CONTACTS }));
  }
  const use = mapping ?? guessMapping(header);
  const wrong = checkMapping(use, header.length);
  if (wrong !== null) return err(wrong);
  const contacts: Contact[] = [];
  let skipped = 0;
  for (const row of rows) {
    const name = use.name
      .map((c) => row[c]?.trim() ?? '')
      .filter((part) => part !== '')
      .join(' ');
    const contact = contactOf(
      name,
      use.company === null ? null : row[use.company],
      use.numbers.map((c) => row[c] ?? ''),
    );
    if (contact === null) skipped += 1;
    else contacts.push(contact);
  }
  return ok({ format: 'csv', contacts, skipped });
}
