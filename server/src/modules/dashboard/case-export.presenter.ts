import { CASE_LEVEL_NAMES, CASE_STATUS_INFO, CASE_URGENCY_NAMES, toLocal } from '@envgrid/core';
import type { Table, TableColumn } from '../../http/spreadsheet.ts';
import type { NamedCase } from './case-export.ts';

const CHANNEL_NAMES: Record<string, string> = { patrol: '监督员上报', hotline: '热线', audit: '督查稽查' };

/** An instant as local `YYYY-MM-DD HH:mm` in the business time zone. */
export function localTime(timeZone: string, ms: number | null): string | null {
  if (ms === null) return null;
  const t = toLocal(timeZone, ms);
  const hh = String(Math.floor(t.minuteOfDay / 60)).padStart(2, '0');
  const mm = String(t.minuteOfDay % 60).padStart(2, '0');
  return `${t.date} ${hh}:${mm}`;
}

/** The case list as a table with Chinese headers (docs/dashboards.md lists the columns). */
export function caseTable(r: { rows: NamedCase[]; timeZone: string }): Table<NamedCase> {
  const at = (ms: number | null) => localTime(r.timeZone, ms);
  const columns: TableColumn<NamedCase>[] = [
    { header: '案件编号', value: (x) => x.c.caseNo, width: 20 },
    { header: '状态', value: (x) => CASE_STATUS_INFO[x.c.status].zh, width: 10 },
    { header: '问题类别', value: (x) => x.categoryName, width: 14 },
    { header: '问题小类', value: (x) => x.itemName, width: 22 },
    { header: '紧急程度', value: (x) => CASE_URGENCY_NAMES[x.c.urgency]?.zh ?? x.c.urgency, width: 8 },
    { header: '处置级别', value: (x) => CASE_LEVEL_NAMES[x.c.level]?.zh ?? x.c.level, width: 8 },
    { header: '上报渠道', value: (x) => CHANNEL_NAMES[x.c.channel] ?? x.c.channel, width: 10 },
    { header: '街道', value: (x) => x.streetName, width: 14 },
    { header: '社区', value: (x) => x.communityName, width: 14 },
    { header: '网格', value: (x) => x.gridName, width: 18 },
    { header: '地址', value: (x) => x.c.address, width: 28 },
    { header: '问题描述', value: (x) => x.c.description, width: 40 },
    { header: '主办部门', value: (x) => x.leadDepartment?.name ?? null, width: 18 },
    { header: '协办部门', value: (x) => x.assistDepartments.map((d) => d.name).join('、'), width: 24 },
    { header: '上报时间', value: (x) => at(x.c.createdAt), width: 17 },
    { header: '处置时限', value: (x) => at(x.c.stepDeadlineAt), width: 17 },
    { header: '是否超期', value: (x) => (x.timing.overdue ? '是' : '否'), width: 8 },
    { header: '结案时间', value: (x) => at(x.c.closedAt), width: 17 },
  ];
  return { title: '案件列表', columns, rows: r.rows };
}
