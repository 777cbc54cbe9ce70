import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableBytes, type Table } from './spreadsheet.ts';

const table: Table<{ no: string; n: number; note: string | null }> = {
  title: '案件列表',
  columns: [
    { header: '案件编号', value: (r) => r.no },
    { header: '数量', value: (r) => r.n },
    { header: '备注', value: (r) => r.note },
  ],
  rows: [
    { no: '202603020001', n: 3, note: '含,逗号与"引号"' },
    { no: '202603020002', n: 0, note: null },
  ],
};

describe('tables as downloads', () => {
  it('writes CSV with a BOM, Chinese headers and quoted cells', async () => {
    const text = (await tableBytes(table, 'csv')).toString('utf8');
    expect(text).toBe('\ufeff案件编号,数量,备注\r\n202603020001,3,"含,逗号与""引号"""\r\n202603020002,0,');
  });
  it('writes XLSX that reads back with the same cells', async () => {
    const book = new ExcelJS.Workbook();
    const bytes = await tableBytes(table, 'xlsx');
    // exceljs types its input as the older Buffer.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('案件列表')!;
    const rows = [1, 2, 3].map((i) => (sheet.getRow(i).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ['案件编号', '数量', '备注'],
      ['202603020001', 3, '含,逗号与"引号"'],
      ['202603020002', 0],
    ]);
  });
});
