import type { Kysely } from 'kysely';
import { DepartmentRepository } from '../modules/departments/department.repository.ts';
import { RegionRepository } from '../modules/regions/region.repository.ts';
import { AuditLogRepository } from '../modules/audit/audit-log.repository.ts';
import { ApiTokenRepository } from '../modules/auth/api-token.repository.ts';
import { LoginDeviceRepository } from '../modules/auth/login-device.repository.ts';
import { LoginThrottleRepository } from '../modules/auth/login-throttle.repository.ts';
import { SessionRepository } from '../modules/auth/session.repository.ts';
import { GridRepository } from '../modules/grids/grid.repository.ts';
import { SettingsRepository } from '../modules/system/settings.repository.ts';
import { AttachmentRepository } from '../modules/attachments/attachment.repository.ts';
import { CaseBulkRepository } from '../modules/cases/case-bulk.repository.ts';
import { CaseEventRepository } from '../modules/cases/case-event.repository.ts';
import { CaseRepository } from '../modules/cases/case.repository.ts';
import { CaseOfficerRepository } from '../modules/cases/case-officer.repository.ts';
import { NotificationRepository } from '../modules/notifications/notification.repository.ts';
import { CalendarRepository } from '../modules/calendar/calendar.repository.ts';
import { UserRepository } from '../modules/users/user.repository.ts';
import { SourceRepository } from '../modules/sources/source.repository.ts';
import { PatrolRepository } from '../modules/patrols/patrol.repository.ts';
import { ConsultationRepository } from '../modules/consultations/consultation.repository.ts';
import { IndicatorRepository } from '../modules/indicators/indicator.repository.ts';
import { IndicatorRollupRepository } from '../modules/indicators/indicator-rollup.repository.ts';
import { AssessmentRepository } from '../modules/assessments/assessment.repository.ts';
import { CaseAuditRepository } from '../modules/audits/case-audit.repository.ts';
import { DashboardRepository } from '../modules/dashboard/dashboard.repository.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/** Every repository, bound to one connection or one transaction. */
export interface Repos {
  users: UserRepository;
  regions: RegionRepository;
  departments: DepartmentRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  loginThrottle: LoginThrottleRepository;
  loginDevices: LoginDeviceRepository;
  audit: AuditLogRepository;
  grids: GridRepository;
  settings: SettingsRepository;
  attachments: AttachmentRepository;
  cases: CaseRepository;
  caseBulk: CaseBulkRepository;
  caseEvents: CaseEventRepository;
  caseOfficers: CaseOfficerRepository;
  notifications: NotificationRepository;
  calendar: CalendarRepository;
  sources: SourceRepository;
  patrols: PatrolRepository;
  consultations: ConsultationRepository;
  indicators: IndicatorRepository;
  indicatorRollup: IndicatorRollupRepository;
  assessments: AssessmentRepository;
  caseAudits: CaseAuditRepository;
  dashboard: DashboardRepository;
}

function bind(k: Kysely<Database>): Repos {
  return {
    users: new UserRepository(k),
    regions: new RegionRepository(k),
    departments: new DepartmentRepository(k),
    sessions: new SessionRepository(k),
    apiTokens: new ApiTokenRepository(k),
    loginThrottle: new LoginThrottleRepository(k),
    loginDevices: new LoginDeviceRepository(k),
    audit: new AuditLogRepository(k),
    grids: new GridRepository(k),
    settings: new SettingsRepository(k),
    attachments: new AttachmentRepository(k),
    cases: new CaseRepository(k),
    caseBulk: new CaseBulkRepository(k),
    caseEvents: new CaseEventRepository(k),
    caseOfficers: new CaseOfficerRepository(k),
    notifications: new NotificationRepository(k),
    calendar: new CalendarRepository(k),
    sources: new SourceRepository(k),
    patrols: new PatrolRepository(k),
    consultations: new ConsultationRepository(k),
    indicators: new IndicatorRepository(k),
    indicatorRollup: new IndicatorRollupRepository(k),
    assessments: new AssessmentRepository(k),
    caseAudits: new CaseAuditRepository(k),
    dashboard: new DashboardRepository(k),
  };
}

/** What services get: repositories outside a transaction, and a way to run work inside one. */
export interface DataAccess {
  repos: Repos;
  /** Runs `work` in one transaction: all of it is written, or none of it. */
  transaction<T>(work: (repos: Repos) => Promise<T>): Promise<T>;
}

export function createDataAccess(db: Db): DataAccess {
  return {
    repos: bind(db.kysely),
    transaction: (work) => db.kysely.transaction().execute((trx) => work(bind(trx))),
  };
}
