/** Who takes part in each step of the plan (docs/workflow.md), written out from the plan. */
import { describe, expect, it } from 'vitest';
import { planStepRoles } from './plan-step-roles.ts';

describe('plan step roles', () => {
  it('match the plan', () => {
    expect(planStepRoles()).toEqual({
      // Supervisors report on patrol and verify hotline cases; the center and sub-centers take
      // calls; auditors report what they find.
      collect: ['supervisor', 'intake', 'subcenter', 'auditor'],
      // Filing, rejecting, voiding; a sub-center escalates.
      file: ['intake', 'dispatcher', 'subcenter'],
      dispatch: ['dispatcher', 'subcenter'],
      // Departments handle; the center decides extensions, suspensions and resumes.
      handle: ['dispatcher', 'subcenter', 'handler'],
      feedback: ['handler'],
      check_close: ['supervisor', 'intake', 'dispatcher', 'subcenter'],
      evaluate: ['leader'],
      assess: ['leader', 'auditor'],
    });
  });
});
