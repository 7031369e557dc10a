/** A cell of a spreadsheet file: text as written, a number plain, nothing as empty. */
export type SpreadsheetCell = string | number | null;

/**
 * Rows as a file for a spreadsheet, as the schedule's server-side export writes it:
 * semicolons, CRLF and a byte-order mark, so Excel with Swedish settings opens it in columns.
 * Numbers are plain (no thousands separators, four decimals at most), with a decimal comma
 * when `decimalComma`; text is quoted only where it holds a separator, quote or line break.
 */
export function spreadsheetCsv(rows: readonly SpreadsheetCell[][], decimalComma: boolean): string {
  const cell = (value: SpreadsheetCell) => {
    if (value === null) return '';
    if (typeof value === 'number') {
      const text = String(Math.round(value * 10_000) / 10_000);
      return decimalComma ? text.replace('.', ',') : text;
    }
    return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return `\ufeff${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** Hands a text to the browser as a file to save. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
