/**
 * Reads the header (and the first data row, as an example) of a delimited text file in the
 * browser, so that a column-mapping profile can offer the file's own column names.
 */

/** How much of the file is read: enough for a header and a row, whatever the file's size. */
const HEAD_BYTES = 64 * 1024;

export interface CsvHead {
  delimiter: ',' | ';';
  header: string[];
  /** The first data row's cells, `[]` when there is none. */
  example: string[];
}

/** The first non-empty line is the header; the delimiter is `;` when it has more of those than commas. */
export function parseCsvHead(text: string): CsvHead {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const first = lines[0] ?? '';
  const delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
  return {
    delimiter,
    header: splitLine(first, delimiter).map((cell) => cell.trim()),
    example: lines[1] ? splitLine(lines[1], delimiter).map((cell) => cell.trim()) : [],
  };
}

export async function readCsvHead(file: Blob): Promise<CsvHead> {
  return parseCsvHead(await readText(file.slice(0, HEAD_BYTES)));
}

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(blob);
  });
}

/** Occurrences outside double quotes. */
function count(line: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n++;
  }
  return n;
}

/** Splits one line; a double-quoted cell may hold the delimiter, `""` is a quote. */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}
