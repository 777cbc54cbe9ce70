import crypto from 'node:crypto';
import {
  addLocalDays,
  addWorkingMs,
  centroidOf,
  consultationEscalationAt,
  consultationReplyDeadline,
  createWorkCalendar,
  fromLocal,
  type Clock,
  type PolygonGeometry,
  type WorkCalendar,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../db/repos.ts';
import type { ConsultationRecord } from '../modules/consultations/consultation.record.ts';

const MIN = 60_000;

interface DemoConsultation {
  asker: string;
  /** Which of the asker's grids (in code order). */
  grid: number;
  /** Workdays before today, and the local time asked (minutes after midnight); `null`: just now. */
  at: { workdaysAgo: number; minute: number } | null;
  question: string;
  /** The officer's answer and how many working minutes after the question it came; none: still open. */
  answer?: { text: string; afterMin: number };
  followUp?: { text: string; answer?: string };
}

const DEMO: DemoConsultation[] = [
  {
    asker: 'sup001-01',
    grid: 0,
    at: { workdaysAgo: 15, minute: 9 * 60 + 40 },
    question: '临街餐馆油烟直排，没有安装油烟净化器，按油烟扰民上报还是按无证经营上报？',
    answer: {
      text: '按“餐饮油烟—未安装油烟净化设施”上报，拍排口和灶台照片。是否持证由市场监管核实，不影响本次定性。',
      afterMin: 35,
    },
  },
  {
    asker: 'sup001-02',
    grid: 0,
    at: { workdaysAgo: 13, minute: 14 * 60 + 10 },
    question: '工地晚上十点后还在打桩，对方说有夜间施工许可证，还能按施工噪声上报吗？',
    answer: {
      text: '可以上报。许可证只允许连续浇筑等工艺，打桩不在其列；请拍许可证和作业现场，注明时间。',
      afterMin: 50,
    },
    followUp: { text: '收到，许可证照片已拍，正在上报。', answer: '好的，案件派遣后我会跟进。' },
  },
  {
    asker: 'sup002-01',
    grid: 0,
    at: { workdaysAgo: 12, minute: 10 * 60 + 5 },
    question: '路边有人焚烧一小堆落叶，火已经灭了，还需要按露天焚烧立案吗？',
    answer: {
      text: '需要。露天焚烧不看数量，灭火后拍摄灰烬和周边，按“露天焚烧—树叶杂草”上报，可勾选现场已处置。',
      afterMin: 20,
    },
  },
  {
    asker: 'sup002-01',
    grid: 1,
    at: { workdaysAgo: 10, minute: 15 * 60 + 30 },
    question: '河道排口有白色泡沫，看不出是哪家排的，先报水污染还是先找源头？',
    answer: {
      text: '先按“水污染—异常排口”上报并注明来源不明，我们会溯源。请从上下游各拍一张，便于比对。',
      afterMin: 70,
    },
  },
  {
    asker: 'sup003-01',
    grid: 0,
    at: { workdaysAgo: 9, minute: 9 * 60 },
    question: '渣土车没苫盖，路面有遗撒，这归城管还是归我们报？',
    answer: {
      text: '遗撒造成扬尘的按“扬尘—运输遗撒”上报，系统会派给城管执法；车牌号请写进描述。',
      afterMin: 45,
    },
  },
  {
    asker: 'sup001-01',
    grid: 1,
    at: { workdaysAgo: 8, minute: 16 * 60 + 50 },
    question: '汽修店在露天喷漆，气味很大，按挥发性有机物还是异味扰民定性？',
    // Asked late in the day, answered the next morning, still inside the working-time limit.
    answer: {
      text: '按“挥发性有机物—露天喷涂作业”定性，异味是其后果。拍喷涂位置，确认有无密闭喷漆房。',
      afterMin: 65,
    },
  },
  {
    asker: 'sup002-02',
    grid: 0,
    at: { workdaysAgo: 6, minute: 11 * 60 + 20 },
    question: '小区里有人摆烧烤摊，烟很大，属于我们的监管范围吗？',
    answer: {
      text: '属于。按“餐饮油烟—露天烧烤”上报，地点写到楼号。',
      afterMin: 190,
    },
  },
  {
    asker: 'sup003-01',
    grid: 1,
    at: { workdaysAgo: 5, minute: 13 * 60 + 45 },
    question: '工地裸土没有覆盖，今天风不大，需要按扬尘立案吗？要拍几张照片？',
    answer: {
      text: '需要，裸土未覆盖本身即违规。拍全景一张、近景一张，再拍围挡上的工程公示牌。',
      afterMin: 25,
    },
  },
  {
    asker: 'sup001-02',
    grid: 1,
    at: { workdaysAgo: 3, minute: 10 * 60 + 15 },
    question: '商户把废机油倒进雨水口，算危险废物还是水污染？',
    answer: {
      text: '按“固体废物—危险废物随意倾倒”上报，同时注明进入雨水管网，我们会通知排水部门。',
      afterMin: 40,
    },
  },
  {
    asker: 'sup002-01',
    grid: 2,
    at: { workdaysAgo: 2, minute: 9 * 60 + 30 },
    // Never answered: reminded at the deadline and escalated to the sub-center.
    question: '锅炉房烟囱冒黑烟约五分钟，之后正常了，需要上报吗？',
  },
  {
    asker: 'sup001-01',
    grid: 2,
    at: null,
    question: '垃圾站渗滤液流进路边雨水口，报环卫问题还是水污染？',
  },
  {
    asker: 'sup003-02',
    grid: 0,
    at: null,
    question: '施工围挡破损导致扬尘，围挡问题要不要单独上报一件？',
  },
];

/** Midnight-relative `minute` on the `n`-th workday before `now`'s date. */
function workdayTime(calendar: WorkCalendar, now: number, workdaysAgo: number, minute: number): number {
  let date = calendar.localDateOf(now);
  for (let left = workdaysAgo; left > 0;) {
    date = addLocalDays(date, -1);
    if (calendar.isWorkday(date)) left--;
  }
  return fromLocal(calendar.timeZone, date, minute);
}

async function userId(repos: Repos, username: string): Promise<string | undefined> {
  return (await repos.users.findByUsername(username))?.id;
}

/**
 * A dozen demo consultations over the last three weeks (demo only): supervisors of three streets
 * asking their grids' officers, most answered in time, one answered late, one never answered
 * (reminded and escalated as the job would have done), two just asked. Deadlines use the weekday
 * calendar of Asia/Shanghai, as the work settings may not be written yet. Writes nothing if there
 * are consultations already, or skips an entry whose users or grids the district does not have.
 */
export async function seedDemoConsultations(data: DataAccess, clock: Clock): Promise<number> {
  const calendar = createWorkCalendar();
  const now = clock.now();
  return data.transaction(async (repos) => {
    if ((await repos.consultations.count()) > 0) return 0;
    let written = 0;
    for (const [i, d] of DEMO.entries()) {
      const askerId = await userId(repos, d.asker);
      const gridCode = askerId ? (await repos.grids.supervisedBy(askerId))[d.grid] : undefined;
      const grid = gridCode ? await repos.grids.find(gridCode) : undefined;
      if (!askerId || !grid) continue;
      const officerId = (await repos.consultations.currentOfficers([grid.code])).get(grid.code)?.[0];
      const askedAt = d.at ? workdayTime(calendar, now, d.at.workdaysAgo, d.at.minute) : now - (10 + i) * MIN;
      const deadline = consultationReplyDeadline(calendar, askedAt).deadlineMs;
      const answeredAt =
        d.answer && officerId ? addWorkingMs(calendar, askedAt, d.answer.afterMin * MIN).deadlineMs : null;
      const [lng, lat] = centroidOf(JSON.parse(grid.geometry) as PolygonGeometry);
      const unanswered = answeredAt === null && d.at !== null;
      const c: ConsultationRecord = {
        id: crypto.randomUUID(),
        askerId,
        question: d.question,
        location: { lng: Math.round(lng * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 },
        gridCode: grid.code,
        streetCode: grid.streetCode,
        caseId: null,
        sourceId: null,
        attachmentIds: [],
        status: answeredAt === null ? 'open' : 'answered',
        replyDeadlineAt: deadline,
        firstReplyAt: answeredAt,
        remindedAt: unanswered && now > deadline ? deadline + MIN : null,
        escalatedAt:
          unanswered && now >= consultationEscalationAt(calendar, deadline)
            ? consultationEscalationAt(calendar, deadline) + MIN
            : null,
        createdAt: askedAt,
      };
      await repos.consultations.insert(c);
      const reply = async (authorId: string, text: string, at: number) =>
        repos.consultations.insertReply({
          id: crypto.randomUUID(),
          consultationId: c.id,
          authorId,
          text,
          at,
        });
      if (answeredAt !== null && d.answer && officerId) {
        await reply(officerId, d.answer.text, answeredAt);
        if (d.followUp) {
          await reply(askerId, d.followUp.text, answeredAt + 12 * MIN);
          if (d.followUp.answer) await reply(officerId, d.followUp.answer, answeredAt + 20 * MIN);
        }
      }
      written++;
    }
    return written;
  });
}
