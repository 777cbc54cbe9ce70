import type { Clock } from '@envgrid/core';
import type { Db } from './db/database.ts';
import path from 'node:path';
import type { Config } from './config.ts';
import { DirectoryAttachmentStore, type AttachmentStore } from './modules/attachments/attachment-store.ts';
import { LocalEventBus, PostgresEventBus, type EventBus } from './realtime/event-bus.ts';
import { createDataAccess, type DataAccess } from './db/repos.ts';
import { AuditLogService } from './modules/audit/audit-log.service.ts';
import { AttachmentService } from './modules/attachments/attachment.service.ts';
import { CaseService } from './modules/cases/case.service.ts';
import { CaseAccess } from './modules/cases/case-access.ts';
import { WorkSettingsService } from './modules/settings/work-settings.service.ts';
import { TaxonomyService } from './modules/settings/taxonomy.service.ts';
import { TimeLimitService } from './modules/settings/time-limit.service.ts';
import { WorkCalendarService } from './modules/settings/work-calendar.service.ts';
import { NotificationService } from './modules/notifications/notification.service.ts';
import { EventLogService } from './modules/cases/event-log.service.ts';
import { ReminderService } from './jobs/reminder.service.ts';
import { ApiTokenService } from './modules/auth/api-token.service.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { DepartmentDirectory } from './modules/departments/department-directory.ts';
import { DepartmentService } from './modules/departments/department.service.ts';
import { RegionService } from './modules/regions/region.service.ts';
import { GridImportService } from './modules/grids/grid-import.service.ts';
import { GridLocator } from './modules/grids/grid-locator.ts';
import { GridService } from './modules/grids/grid.service.ts';
import { SystemRepository } from './modules/system/system.repository.ts';
import { SystemService } from './modules/system/system.service.ts';
import { UserService } from './modules/users/user.service.ts';
import { SourceService } from './modules/sources/source.service.ts';
import { SourceCsvService } from './modules/sources/source-csv.service.ts';
import { PatrolService } from './modules/patrols/patrol.service.ts';
import { CoverageService } from './modules/patrols/coverage.service.ts';
import { ConsultationService } from './modules/consultations/consultation.service.ts';
import { ConsultationAccess } from './modules/consultations/consultation-access.ts';
import { InspectionAccess } from './modules/patrols/inspection-access.ts';
import { IndicatorService } from './modules/indicators/indicator.service.ts';
import { IndicatorRollup } from './modules/indicators/indicator-rollup.ts';
import { AssessmentService } from './modules/assessments/assessment.service.ts';
import { CaseAuditService } from './modules/audits/case-audit.service.ts';
import { DashboardService } from './modules/dashboard/dashboard.service.ts';

/** What the app is built from; tests pass their own clock and database. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  /** Live events; PostgreSQL fans them out to every process. */
  bus: EventBus;
  /** Where attachment bytes live. */
  store: AttachmentStore;
  /** The business time zone of working hours (TZ_BUSINESS). */
  timeZone: string;
}

export interface Services {
  system: SystemService;
  users: UserService;
  auth: AuthService;
  tokens: ApiTokenService;
  departments: DepartmentService;
  regions: RegionService;
  audit: AuditLogService;
  grids: GridService;
  gridImport: GridImportService;
  attachments: AttachmentService;
  workSettings: WorkSettingsService;
  taxonomy: TaxonomyService;
  timeLimits: TimeLimitService;
  calendar: WorkCalendarService;
  cases: CaseService;
  notifications: NotificationService;
  eventLog: EventLogService;
  reminders: ReminderService;
  sources: SourceService;
  sourceCsv: SourceCsvService;
  patrols: PatrolService;
  coverage: CoverageService;
  consultations: ConsultationService;
  indicators: IndicatorService;
  indicatorRollup: IndicatorRollup;
  assessments: AssessmentService;
  caseAudits: CaseAuditService;
  dashboard: DashboardService;
}

/** The production dependencies for a database: a shared attachment directory, and a bus that spans processes on PostgreSQL. */
export function createDeps(config: Config, db: Db, clock: Clock): AppDeps {
  return {
    db,
    clock,
    bus: db.engine === 'postgres' ? new PostgresEventBus(config.databaseUrl) : new LocalEventBus(),
    store: new DirectoryAttachmentStore(path.join(config.dataDir, 'attachments')),
    timeZone: config.businessTimeZone,
  };
}

/**
 * Wires repositories into services. The one place that knows how the pieces fit. `data` is for
 * tests that watch the statements the services issue (case-intake-statements.test.ts).
 */
export function createServices(deps: AppDeps, data: DataAccess = createDataAccess(deps.db)): Services {
  const departments = new DepartmentDirectory(data);
  const caseAccess = new CaseAccess(data, departments);
  const attachments = new AttachmentService(data, deps.clock, deps.store, caseAccess, [
    new ConsultationAccess(data),
    new InspectionAccess(data, departments),
  ]);
  const workSettings = new WorkSettingsService(data, deps.clock, deps.timeZone);
  const grids = new GridService(data, deps.clock, new GridLocator(data));
  const cases = new CaseService(data, deps.clock, deps.bus, workSettings, grids, attachments, departments);
  const sources = new SourceService(data, deps.clock, grids, departments, cases);
  const indicatorRollup = new IndicatorRollup(
    data,
    async () => (await workSettings.current()).calendarData.timeZone,
  );
  const indicators = new IndicatorService(data, deps.clock, workSettings, departments, indicatorRollup);
  return {
    system: new SystemService(new SystemRepository(deps.db)),
    users: new UserService(data, deps.clock),
    auth: new AuthService(data, deps.clock),
    tokens: new ApiTokenService(data, deps.clock),
    departments: new DepartmentService(data, deps.clock, departments),
    regions: new RegionService(data),
    audit: new AuditLogService(data),
    grids,
    gridImport: new GridImportService(data, deps.clock),
    attachments,
    workSettings,
    taxonomy: new TaxonomyService(data, deps.clock, workSettings),
    timeLimits: new TimeLimitService(data, deps.clock, workSettings),
    calendar: new WorkCalendarService(data, deps.clock, workSettings),
    cases,
    notifications: new NotificationService(data, deps.clock),
    eventLog: new EventLogService(data),
    reminders: new ReminderService(data, deps.clock, workSettings, deps.bus, departments),
    sources,
    sourceCsv: new SourceCsvService(data, departments, sources),
    patrols: new PatrolService(data, deps.clock, grids, attachments),
    coverage: new CoverageService(data, deps.clock, grids, deps.timeZone),
    consultations: new ConsultationService(data, deps.clock, grids, attachments, workSettings, deps.bus),
    indicators,
    indicatorRollup,
    assessments: new AssessmentService(data, deps.clock, indicators),
    caseAudits: new CaseAuditService(data, deps.clock, departments, cases, attachments, deps.timeZone),
    dashboard: new DashboardService(data, deps.clock, workSettings, departments),
  };
}
