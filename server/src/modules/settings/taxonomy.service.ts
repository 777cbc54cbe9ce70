import {
  AppError,
  can,
  codeChangeProblem,
  parseTaxonomy,
  type Actor,
  type Clock,
  type Taxonomy,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import { SETTINGS_KEYS, type WorkSettingsService } from './work-settings.service.ts';

/** The problem taxonomy (docs/domain.md): read by everyone, replaced by administrators. */
export class TaxonomyService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
  ) {}

  /** The taxonomy as every signed-in user may read it; retired entries only when asked. */
  async list(_actor: Actor, includeRetired = false) {
    const { taxonomy } = await this.settings.current();
    if (includeRetired) return taxonomy.categories;
    return taxonomy.categories
      .filter((c) => !c.retired)
      .map((c) => ({ ...c, items: c.items.filter((i) => !i.retired) }));
  }

  /** Replaces the taxonomy (admin). Codes already used by cases never change or disappear. */
  async replace(actor: Actor, doc: unknown): Promise<Taxonomy> {
    if (!can(actor, 'settings.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators edit the taxonomy');
    return this.data.transaction(async (repos) => {
      const departments = await repos.departments.list();
      const parsed = parseTaxonomy(doc, { departmentCodes: departments.map((d) => d.code) });
      if (!parsed.ok)
        throw new AppError('VALIDATION_FAILED', `The taxonomy has ${parsed.problems.length} problem(s)`, {
          problems: parsed.problems,
        });
      const before = (await this.settings.load(repos)).taxonomy;
      const used = await repos.cases.usedItemCodes();
      const problem = codeChangeProblem(used, before, parsed.taxonomy);
      if (problem) throw new AppError('VALIDATION_FAILED', problem);
      const now = this.clock.now();
      await repos.settings.set(SETTINGS_KEYS.taxonomy, JSON.stringify(parsed.taxonomy), now);
      await repos.audit.append(
        { actorId: actor.id, action: 'taxonomy.update', targetKind: 'taxonomy', targetId: '*' },
        now,
      );
      await this.settings.changed(repos, now);
      return parsed.taxonomy;
    });
  }
}
