/**
 * Tables as downloads (case lists, indicator tables, assessments): XLSX through exceljs, or CSV
 * (UTF-8 with a BOM, so that spreadsheet programs read the Chinese headers), same columns.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FastifyReply } from 'fastify';

export type TableFormat = 'xlsx' | 'csv';

export interface TableColumn<R> {
  /** The Chinese header. */
  header: string;
  value: (row: R) => string | number | null;
  /** Column width in characters (XLSX). */
  width?: number;
}

export interface Table<R> {
  /** The sheet's name and the file's stem, e.g. `案件列表`. */
  title: string;
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
}

export async function tableBytes<R>(t: Table<R>, format: TableFormat): Promise<Buffer> {
  if (format === 'csv') {
    const data = t.rows.map((r) => t.columns.map((c) => c.value(r) ?? ''));
    return Buffer.from(
      `\ufeff${Papa.unparse({ fields: t.columns.map((c) => c.header), data }, { newline: '\r\n' })}`,
    );
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t.title.slice(0, 31));
  sheet.columns = t.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 16 }));
  for (const r of t.rows) sheet.addRow(t.columns.map((c) => c.value(r)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

const CONTENT_TYPE: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Sends the table as a download named `<filename>.<format>` (RFC 5987 for the Chinese name). */
export async function sendTable<R>(
  reply: FastifyReply,
  t: Table<R>,
  format: TableFormat,
  filename = t.title,
) {
  const name = `${filename}.${format}`;
  return reply
    .header('content-type', CONTENT_TYPE[format])
    .header(
      'content-disposition',
      `attachment; filename="envgrid.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(await tableBytes(t, format));
}
