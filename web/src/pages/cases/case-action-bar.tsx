/** The actions this user may take now — exactly the case's `abilities`, each opening its form. */
import { CASE_ACTIONS, type CaseAction } from '@envgrid/core';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Case } from '../../api/case-types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { CaseActionModal } from './case-action-modal.tsx';
import { useCaseNames } from './use-case-names.ts';

/** The step-moving actions: shown as primary buttons. */
const PRIMARY: ReadonlySet<CaseAction> = new Set<CaseAction>([
  'verify',
  'file',
  'dispatch',
  'feedback',
  'assist_feedback',
  'check',
  'close',
  'resume',
  'approve_extension',
  'approve_suspension',
  'evaluate',
  'register_source',
]);
const DANGER: ReadonlySet<CaseAction> = new Set<CaseAction>(['reject', 'void', 'return']);

export function CaseActionBar({ c, onChanged }: { c: Case; onChanged: () => void }) {
  const t = useT();
  const { actionName } = useCaseNames();
  // The version is the one the user saw when opening the form: a change meanwhile is a conflict.
  const [open, setOpen] = useState<{ action: CaseAction; version: number } | null>(null);
  const abilities: readonly string[] = c.abilities;
  const actions = CASE_ACTIONS.filter((a) => abilities.includes(a));
  const primary = actions.filter((a) => PRIMARY.has(a));
  const others = actions.filter((a) => !PRIMARY.has(a));

  return (
    <div className="eg-action-bar" data-testid="case-actions">
      {actions.length === 0 ? (
        <Typography.Text type="secondary" data-testid="case-no-actions">
          {t('cases.action.none')}
        </Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {[...primary, ...others].map((a) => (
            <Button
              key={a}
              type={PRIMARY.has(a) ? 'primary' : 'default'}
              danger={DANGER.has(a)}
              onClick={() => setOpen({ action: a, version: c.version })}
              data-testid={`action-${a}`}
            >
              {actionName(a)}
            </Button>
          ))}
        </Flex>
      )}
      <CaseActionModal
        c={c}
        action={open?.action ?? null}
        version={open?.version ?? c.version}
        onClose={() => setOpen(null)}
        onDone={() => {
          setOpen(null);
          onChanged();
        }}
        onConflict={() => {
          setOpen(null);
          onChanged();
        }}
      />
    </div>
  );
}
