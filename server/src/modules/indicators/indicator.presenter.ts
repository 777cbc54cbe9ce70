import {
  INDICATOR_INFO,
  INDICATOR_KEYS,
  SUBJECT_KIND_NAMES,
  type IndicatorKey,
  type SubjectKind,
} from '@envgrid/core';
import type { Table } from '../../http/spreadsheet.ts';
import type { IndicatorRow } from './indicator-engine.ts';
import type { GrassrootsSeries, IndicatorTable } from './indicator.service.ts';

/** A row as the API shows it (the scoping street stays inside). */
export function presentRow(r: IndicatorRow) {
  const s = r.subject;
  return {
    subject: {
      kind: s.kind,
      id: s.id,
      ...(s.code !== undefined && { code: s.code }),
      ...(s.username !== undefined && { username: s.username }),
      name: s.name,
    },
    indicators: Object.fromEntries(
      Object.entries(r.indicators).map(([k, v]) => [
        k,
        { value: v.value, numerator: v.numerator, denominator: v.denominator },
      ]),
    ),
    sample: r.sample,
    score: r.score,
    grade: r.grade,
    rank: r.rank,
    comparable: r.comparable,
  };
}

export function presentTable(t: IndicatorTable) {
  return {
    subject: t.subject,
    from: t.from,
    to: t.to,
    weightsVersion: t.weightsVersion,
    rows: t.rows.map(presentRow),
  };
}

export function presentGrassroots(g: GrassrootsSeries) {
  return {
    from: g.from,
    to: g.to,
    by: g.by,
    series: g.series.map((s) => ({
      street: s.street,
      name: s.name,
      points: s.points.map((p) => ({
        label: p.label,
        from: p.from,
        to: p.to,
        value: p.value,
        numerator: p.numerator,
        denominator: p.denominator,
      })),
    })),
  };
}

type Shown = ReturnType<typeof presentRow> & { kindName?: string };

/**
 * The rows as a spreadsheet with Chinese headers: name, code, each indicator's value (rates as
 * unrounded fractions, as the API gives them), score, grade, rank, comparable. With several kinds,
 * one column per indicator key of any of them, blank where a kind has none.
 */
export function indicatorSheet(
  title: string,
  kinds: readonly SubjectKind[],
  rows: readonly Shown[],
): Table<Shown> {
  const keys = [...new Set(kinds.flatMap((k) => INDICATOR_KEYS[k] as readonly IndicatorKey[]))];
  return {
    title,
    columns: [
      ...(kinds.length > 1
        ? [{ header: '对象类型', value: (r: Shown) => SUBJECT_KIND_NAMES[r.subject.kind] }]
        : []),
      { header: '名称', value: (r) => r.subject.name, width: 24 },
      {
        header: '编码/用户名',
        value: (r) => r.subject.code ?? r.subject.username ?? r.subject.id,
        width: 20,
      },
      ...keys.map((k) => ({
        header: INDICATOR_INFO[k].zh,
        value: (r: Shown) => r.indicators[k]?.value ?? null,
      })),
      { header: '样本数', value: (r) => r.sample },
      { header: '综合得分', value: (r) => r.score },
      { header: '等级', value: (r) => r.grade },
      { header: '排名', value: (r) => r.rank },
      { header: '可比', value: (r) => (r.comparable ? '是' : '否') },
    ],
    rows,
  };
}
