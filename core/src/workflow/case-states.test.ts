import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_ACTION_INFO, isCaseAction, timelineStep } from './case-actions.ts';
import {
  CASE_STATUSES,
  CASE_STATUS_INFO,
  isCaseLevel,
  isCaseStatus,
  isCaseUrgency,
  isOpenStatus,
  OPEN_STATUSES,
  PLAN_STEP_NAMES,
  PLAN_STEPS,
  TERMINAL_STATUSES,
  timedStepOf,
} from './case-states.ts';

describe('case states', () => {
  it('splits open and terminal states per docs/workflow.md', () => {
    expect(TERMINAL_STATUSES).toEqual(['closed', 'rejected', 'voided']);
    expect(OPEN_STATUSES).toEqual([
      'pending_verification',
      'reported',
      'filed',
      'dispatched',
      'suspended',
      'pending_check',
      'pending_close',
    ]);
    for (const s of CASE_STATUSES) expect(CASE_STATUS_INFO[s].open).toBe(!CASE_STATUS_INFO[s].terminal);
    expect(isOpenStatus('suspended')).toBe(true);
  });

  it("names states as the design does and maps them to the plan's steps and timed steps", () => {
    expect(CASE_STATUS_INFO.pending_check.zh).toBe('待核查');
    expect(CASE_STATUS_INFO.suspended.zh).toBe('挂账');
    expect(PLAN_STEP_NAMES[CASE_STATUS_INFO.pending_close.planStep].zh).toBe('核实结项');
    expect(timedStepOf('dispatched')).toBe('handle');
    expect(timedStepOf('suspended')).toBeNull();
    expect(timedStepOf('closed')).toBeNull();
    expect(PLAN_STEPS.map((s) => PLAN_STEP_NAMES[s].zh)).toEqual([
      '信息采集',
      '事件立案',
      '任务派遣',
      '任务处置',
      '结果反馈',
      '核实结项',
      '综合评价',
      '绩效考核',
    ]);
  });

  it('guards values', () => {
    expect(isCaseStatus('filed')).toBe(true);
    expect(isCaseStatus('open')).toBe(false);
    expect(isCaseLevel('street')).toBe(true);
    expect(isCaseUrgency('critical')).toBe(true);
    expect(isCaseUrgency(1)).toBe(false);
  });
});

describe('case actions', () => {
  it('has the 26 actions of docs/workflow.md with names', () => {
    expect(CASE_ACTIONS).toHaveLength(26);
    for (const a of CASE_ACTIONS) expect(CASE_ACTION_INFO[a].zh).not.toBe('');
    expect(isCaseAction('assist_feedback')).toBe(true);
    expect(isCaseAction('report')).toBe(false);
  });

  it("puts events on the plan's timeline", () => {
    expect(timelineStep('report', null)).toBe('collect');
    expect(timelineStep('return', 'dispatched')).toBe('handle');
    expect(timelineStep('close', 'pending_close')).toBe('check_close');
    expect(timelineStep('evaluate', 'closed')).toBe('evaluate');
    expect(timelineStep('urge', 'filed')).toBe('dispatch');
    expect(timelineStep('comment', 'pending_check')).toBe('check_close');
  });
});

describe('timelineStep: the action decides, the state only for urge, supervise and comment', () => {
  it("uses the action's own step whatever the state", () => {
    expect(timelineStep('feedback', 'dispatched')).toBe('feedback');
    expect(timelineStep('escalate', 'filed')).toBe('file');
    expect(timelineStep('verify', 'pending_verification')).toBe('collect');
    expect(timelineStep('dispatch', 'filed')).toBe('dispatch');
    expect(timelineStep('evaluate', 'closed')).toBe('evaluate');
    expect(timelineStep('check', 'pending_check')).toBe('check_close');
  });
  it('falls back to collection without a prior state', () => {
    expect(timelineStep('urge', null)).toBe('collect');
    expect(timelineStep('comment', null)).toBe('collect');
    expect(timelineStep('supervise', 'dispatched')).toBe('handle');
  });
});
