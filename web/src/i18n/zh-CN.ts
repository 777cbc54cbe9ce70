/**
 * Chinese (the default language). This file defines the message keys; every other
 * dictionary must have exactly the same keys (see `Dictionary`).
 * Placeholders are written `{name}` and filled by `t(key, {name: …})`.
 * Page groups with many keys keep them in sibling files, spread in at the end.
 */
import { zhCNAccount } from './zh-CN-account.ts';
import { zhCNAdmin } from './zh-CN-admin.ts';
import { zhCNCases } from './zh-CN-cases.ts';
import { zhCNPatrols } from './zh-CN-patrols.ts';
import { zhCNSettings } from './zh-CN-settings.ts';
import { zhCNSources } from './zh-CN-sources.ts';
import { zhCNTerritory } from './zh-CN-territory.ts';
import { zhCNAudits } from './zh-CN-audits.ts';
import { zhCNDashboard } from './zh-CN-dashboard.ts';

export const zhCN = {
  'app.name': 'envgrid 网格化环境监管平台',
  'app.shortName': 'envgrid',
  'app.subtitle': '网格化环境监管平台',
  'app.demoGeometry': '演示区划:网格几何为示意数据',

  'lang.switch': '语言',
  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.invalidCredentials': '用户名或密码错误',
  'login.demoHint': '演示账号见启动时打印的说明 / demo accounts are printed at start',
  'login.sessionExpired': '登录已过期,请重新登录',
  'login.serverUnreachable': '暂时无法连接服务器,可稍后重试',
  'login.slogan': '属地管理 · 分级负责 · 全面覆盖 · 责任到人',

  'nav.home': '工作台',
  'nav.cases': '案件',
  'nav.map': '网格地图',
  'nav.sources': '污染源',
  'nav.patrols': '巡查',
  'nav.coverage': '巡查覆盖',
  'nav.consultations': '咨询',
  'nav.audits': '督查稽查',
  'nav.assessment': '考核',
  'nav.admin': '系统管理',
  'nav.admin.users': '用户',
  'nav.admin.departments': '部门',
  'nav.admin.grids': '网格',
  'nav.admin.taxonomy': '问题分类',
  'nav.admin.timeLimits': '处置时限',
  'nav.admin.calendar': '工作日历',
  'nav.admin.auditLog': '审计日志',
  'nav.openMenu': '打开菜单',
  'nav.collapse': '收起菜单',
  'nav.expand': '展开菜单',

  'navDesc.cases': '立案、派遣、处置、核查与结案',
  'navDesc.map': '单元网格、案件与污染源分布',
  'navDesc.sources': '污染源动态更新与管理',
  'navDesc.patrols': '巡查轨迹记录与污染源巡检',
  'navDesc.coverage': '网格巡查覆盖与盲点',
  'navDesc.consultations': '问题定性咨询与答复',
  'navDesc.audits': '结案抽查复核与漏报稽查',
  'navDesc.assessment': '综合评价与绩效考核',
  'navDesc.admin': '用户、部门、网格与基础配置',

  'user.menu': '用户信息',
  'user.username': '用户名',
  'user.roles': '角色',
  'user.scope': '管辖范围',
  'user.grids': '负责网格',
  'user.logout': '退出登录',
  'user.loggedOut': '已退出登录',

  'scope.district': '全区',
  'scope.street': '街道',
  'scope.department': '部门',

  'home.greeting.morning': '早上好,{name}',
  'home.greeting.afternoon': '下午好,{name}',
  'home.greeting.evening': '晚上好,{name}',
  'home.today': '今天是 {date}',
  'home.dateFormat': 'YYYY年M月D日 dddd',
  'home.profile': '我的信息',
  'home.gridCount': '共 {count} 个网格',
  'home.noGrids': '暂无负责网格',
  'home.entries': '常用功能',
  'home.noEntries': '当前角色暂无可用功能,请联系管理员分配角色',
  'home.workflow': '八步工作流程',
  'home.workflowHint': '高亮的环节由您参与',
  'home.myStep': '我的环节',

  'step.collect': '信息采集',
  'step.file': '事件立案',
  'step.dispatch': '任务派遣',
  'step.handle': '任务处置',
  'step.feedback': '结果反馈',
  'step.check': '核实结项',
  'step.evaluate': '综合评价',
  'step.assess': '绩效考核',

  'status.title': '系统状态',
  'status.refresh': '刷新',
  'status.ready': '运行正常',
  'status.notReady': '未就绪',
  'status.unreachable': '无法连接',
  'status.database': '数据库',
  'status.databaseOk': '连接正常',
  'status.databaseDown': '无法连接',
  'status.engine': '数据库引擎',
  'status.version': '版本',
  'status.timeZone': '业务时区',
  'status.tiles': '地图底图',
  'status.tilesOn': '已配置',
  'status.tilesOff': '未配置(离线仍可显示网格)',
  'status.pendingMigrations': '待执行迁移',

  'common.backHome': '返回工作台',
  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.none': '无',

  'error.notFound.title': '页面不存在',
  'error.notFound.subtitle': '您访问的页面不存在或已被移除。',
  'error.forbidden.title': '无权访问',
  'error.forbidden.subtitle': '您的角色无权访问此页面。',
  'error.network': '网络错误,请检查连接后重试',
  'error.generic': '操作失败',
  'error.code.VALIDATION_FAILED': '输入有误',
  'error.code.UNAUTHENTICATED': '请先登录',
  'error.code.FORBIDDEN': '无权执行此操作',
  'error.code.NOT_FOUND': '记录不存在或不在您的管辖范围内',
  'error.code.METHOD_NOT_ALLOWED': '不支持此操作',
  'error.code.VERSION_CONFLICT': '案件已被他人更新，请刷新后重试',
  'error.code.INVALID_TRANSITION': '当前状态下不能执行此操作',
  'error.code.CONFLICT': '记录已存在或冲突',
  'error.code.PAYLOAD_TOO_LARGE': '文件过大',
  'error.code.UNSUPPORTED_MEDIA_TYPE': '文件类型不支持',
  'error.code.OUTSIDE_JURISDICTION': '该位置不在本辖区网格内',
  'error.code.UNPROCESSABLE': '请求无法处理',
  'error.code.TOO_MANY_REQUESTS': '尝试次数过多，请稍后再试',
  'error.code.INTERNAL_ERROR': '服务器出错，请稍后再试',
  'error.code.SERVICE_UNAVAILABLE': '服务暂不可用，请稍后再试',
  'error.internalWithId': '服务器出错，请稍后再试（请求号 {id}）',
  'error.retryInMinutes': '尝试次数过多，请 {minutes} 分钟后再试',
  'error.requestId': '请求号 {id}',

  'time.beijing': '北京时间',
  'time.zoneHintTitle': '时间均按业务时区 {zone} 显示，本机时区为 {local}',
  'time.countdownDays': '{d}天 {hms}',

  ...zhCNTerritory,
  ...zhCNAdmin,
  ...zhCNCases,
  ...zhCNSettings,
  ...zhCNAccount,
  ...zhCNSources,
  ...zhCNPatrols,
  ...zhCNAudits,
  ...zhCNDashboard,
} as const;

export type MessageKey = keyof typeof zhCN;
/** A complete dictionary: every key of the Chinese one, translated. */
export type Dictionary = Record<MessageKey, string>;
