import { spreadsheetCsv } from './spreadsheet';

describe('spreadsheetCsv', () => {
  it('writes semicolons, CRLF and a BOM; quotes only what needs it; numbers plain', () => {
    expect(
      spreadsheetCsv(
        [
          ['Namn', 'Andel; %', 'Saknas'],
          ['Anna "Ann" Ek', 0.123456, null],
          ['Bo', 1234567.5, 3],
        ],
        true,
      ),
    ).toBe('\ufeffNamn;"Andel; %";Saknas\r\n"Anna ""Ann"" Ek";0,1235;\r\nBo;1234567,5;3\r\n');
  });

  it('keeps decimal points for English', () => {
    expect(spreadsheetCsv([[0.5, -2.25]], false)).toBe('\ufeff0.5;-2.25\r\n');
  });
});
