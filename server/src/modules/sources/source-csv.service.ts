import crypto from 'node:crypto';
import { AppError, can, type Actor, type SourceRecord } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import { parseSourceCsv, sourcesToCsv, type CsvProblem } from './source-csv.ts';
import { scopedQuery } from './source-scope.ts';
import type { SourceService } from './source.service.ts';

/** The most sources one export writes. */
const MAX_EXPORT = 100_000;

/** CSV import and export of the registry (docs/sources.md). */
export class SourceCsvService {
  constructor(
    private readonly data: DataAccess,
    private readonly departments: DepartmentDirectory,
    private readonly sources: SourceService,
  ) {}

  /** Every source the actor may see (the newest 100,000), oldest first. */
  async export(actor: Actor): Promise<string> {
    if (!can(actor, 'sources.read')) throw new AppError('FORBIDDEN', 'You may not read sources');
    const departments = await this.departments.list();
    // Scoped in the query, so a street's export is its street's sources, however many others exist.
    const query = scopedQuery(actor, { limit: MAX_EXPORT }, departments)!;
    const visible = (await this.data.repos.sources.list(query)).reverse();
    return sourcesToCsv(visible, departments);
  }

  /** All rows registered as active sources, or none: a 400 listing every problem by row and column. */
  async import(actor: Actor, content: string): Promise<{ imported: number }> {
    if (!can(actor, 'sources.manage')) throw new AppError('FORBIDDEN', 'You may not register sources');
    const departments = await this.departments.list();
    const { rows, problems } = parseSourceCsv(content, departments);
    const built: SourceRecord[] = [];
    for (const { row, input } of rows) {
      try {
        built.push(await this.sources.build(actor, input, departments, crypto.randomUUID(), `row/${row}`));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        problems.push(...rowProblems(row, err));
      }
    }
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        `The file has ${problems.length} problem(s); nothing was imported`,
        problems.sort((a, b) => a.row - b.row),
      );
    await this.data.transaction(async (repos) => {
      await repos.sources.insertMany(built);
      await repos.sources.appendFirstEvents(
        built.map((s) => ({
          sourceId: s.id,
          action: 'import',
          actorId: actor.id,
          toStatus: s.status,
          at: s.createdAt,
        })),
      );
    });
    return { imported: built.length };
  }
}

/** A row's build error as CSV problems: attribute paths become `attr:<key>`, places `lng`. */
function rowProblems(row: number, err: AppError): CsvProblem[] {
  if (err.code === 'OUTSIDE_JURISDICTION')
    return [{ row, column: 'lng', message: `${err.message} (lng/lat)` }];
  const details = Array.isArray(err.details) ? (err.details as { path: string; message: string }[]) : [];
  if (details.length === 0) return [{ row, column: '', message: err.message }];
  return details.map((d) => {
    const key = d.path.split('/').pop() ?? '';
    const column = d.path.includes('/attributes/')
      ? `attr:${key}`
      : key === 'departmentId'
        ? 'department'
        : key;
    return { row, column, message: d.message };
  });
}
