/** The form fields of each case action (see CaseActionModal for the request it becomes). */
import { CASE_LEVELS, CASE_URGENCIES, type CaseAction } from '@envgrid/core';
import { Form, Input, InputNumber, Radio, Rate, Select, Space, type FormInstance } from 'antd';
import type { Case } from '../../api/case-types.ts';
import { useDepartments } from '../../api/reference-data.ts';
import { useTaxonomy } from '../../api/taxonomy-data.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import type { ActionValues } from './case-action-modal.tsx';
import { CaseSearchSelect, DispatchFields, InviteFields } from './dispatch-fields.tsx';
import { ItemPicker } from './item-picker.tsx';
import { PhotoUpload } from './photo-upload.tsx';
import { useCaseNames } from './use-case-names.ts';

/** Assisting departments that have not given their part yet. */
export function missingAssistParts(c: Case): string[] {
  return c.assistDepartmentIds.filter((id) => !c.assistDoneIds.includes(id));
}

const HINTS: Partial<Record<CaseAction, MessageKey>> = {
  verify: 'cases.hint.verify',
  file: 'cases.hint.file',
  dispatch: 'cases.hint.dispatch',
  return: 'cases.hint.return',
  feedback: 'cases.hint.feedback',
  check: 'cases.hint.check',
  close: 'cases.hint.close',
  escalate: 'cases.hint.escalate',
  urge: 'cases.hint.urge',
  supervise: 'cases.hint.supervise',
  request_suspension: 'cases.hint.suspension',
  void: 'cases.hint.void',
  invite_assist: 'cases.hint.invite_assist',
  involve_officer: 'cases.hint.involve_officer',
  officer_report: 'cases.hint.officer_report',
  register_source: 'cases.hint.register_source',
};

export const actionHintKey = (a: CaseAction): MessageKey | null => HINTS[a] ?? null;

function TextField({
  name,
  label,
  required,
  rows = 3,
}: {
  name: keyof ActionValues;
  label: MessageKey;
  required?: boolean;
  rows?: number;
}) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={t(label)}
      rules={
        required
          ? [{ required: true, whitespace: true, message: t('common.required') }, { max: 2000 }]
          : [{ max: 2000 }]
      }
    >
      <Input.TextArea rows={rows} maxLength={2000} showCount data-testid={`action-field-${name}`} />
    </Form.Item>
  );
}

function Photos({ label = 'cases.field.photos' }: { label?: MessageKey }) {
  const t = useT();
  return (
    <Form.Item name="photos" label={t(label)}>
      <PhotoUpload testId="action-field-photos" />
    </Form.Item>
  );
}

export function ActionFields({
  action,
  c,
  form,
}: {
  action: CaseAction;
  c: Case;
  form: FormInstance<ActionValues>;
}) {
  const t = useT();
  const names = useCaseNames();
  const taxonomy = useTaxonomy();
  const departments = useDepartments();
  const passed = Form.useWatch('passed', form);
  const required = { required: true, message: t('common.required') };

  switch (action) {
    case 'verify':
      return (
        <>
          <Form.Item name="real" label={t('cases.field.real')} rules={[required]}>
            <Radio.Group
              data-testid="action-field-real"
              options={[
                { value: true, label: t('cases.verify.real') },
                { value: false, label: t('cases.verify.false') },
              ]}
            />
          </Form.Item>
          <TextField name="note" label="cases.field.note" />
        </>
      );
    case 'file':
      return (
        <>
          <Form.Item
            name="itemCode"
            label={t('cases.field.item')}
            initialValue={c.itemCode}
            rules={[required]}
          >
            <ItemPicker taxonomy={taxonomy.index} testId="action-field-item" />
          </Form.Item>
          <Form.Item name="urgency" label={t('cases.field.urgency')} initialValue={c.urgency}>
            <Radio.Group
              optionType="button"
              options={CASE_URGENCIES.map((u) => ({ value: u, label: names.urgencyName(u) }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('cases.field.level')} initialValue={c.level}>
            <Radio.Group
              optionType="button"
              options={CASE_LEVELS.map((l) => ({ value: l, label: names.levelName(l) }))}
            />
          </Form.Item>
        </>
      );
    case 'reject':
    case 'return':
    case 'request_suspension':
      return <TextField name="reason" label="cases.field.reason" required />;
    case 'void':
      return (
        <>
          <Form.Item name="duplicateOf" label={t('cases.field.duplicateOf')}>
            <CaseSearchSelect exclude={c.id} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('cases.field.reason')}
            dependencies={['duplicateOf']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: string | undefined) =>
                  getFieldValue('duplicateOf') || v?.trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('cases.void.needOne'))),
              }),
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="action-field-reason" />
          </Form.Item>
        </>
      );
    case 'dispatch':
      return (
        <DispatchFields
          c={c}
          form={form}
          departments={departments.data ?? []}
          loading={departments.loading}
        />
      );
    case 'request_extension':
      return (
        <>
          <TextField name="reason" label="cases.field.reason" required />
          <Form.Item label={t('cases.field.extension')} required>
            <Space.Compact>
              <Form.Item name="amount" noStyle rules={[required]} initialValue={1}>
                <InputNumber
                  min={1}
                  max={90}
                  precision={0}
                  data-testid="action-field-amount"
                  style={{ width: 120 }}
                />
              </Form.Item>
              <Form.Item name="unit" noStyle initialValue="day">
                <Select
                  data-testid="action-field-unit"
                  style={{ width: 100 }}
                  options={[
                    { value: 'hour', label: t('cases.unit.hour') },
                    { value: 'day', label: t('cases.unit.day') },
                  ]}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </>
      );
    case 'assist_feedback':
      return (
        <>
          <TextField name="result" label="cases.field.result" required rows={4} />
          <Photos />
        </>
      );
    case 'feedback': {
      const missing = missingAssistParts(c);
      return (
        <>
          <TextField name="result" label="cases.field.result" required rows={4} />
          <Photos label="cases.field.afterPhotos" />
          {missing.length > 0 && (
            <Form.Item
              name="missingPartsReason"
              label={t('cases.field.missingParts', {
                names: missing.map((id) => departments.byId.get(id)?.name ?? id).join('、'),
              })}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input.TextArea rows={2} maxLength={2000} data-testid="action-field-missingPartsReason" />
            </Form.Item>
          )}
        </>
      );
    }
    case 'check':
      return (
        <>
          <Form.Item name="passed" label={t('cases.field.passed')} rules={[required]}>
            <Radio.Group
              data-testid="action-field-passed"
              options={[
                {
                  value: true,
                  label: <span data-testid="action-field-passed-yes">{t('cases.check.passed')}</span>,
                },
                {
                  value: false,
                  label: <span data-testid="action-field-passed-no">{t('cases.check.failed')}</span>,
                },
              ]}
            />
          </Form.Item>
          <TextField
            name="note"
            label={passed === false ? 'cases.field.checkProblem' : 'cases.field.note'}
            required={passed === false}
          />
          <Photos />
        </>
      );
    case 'evaluate':
      return (
        <>
          <Form.Item name="rating" label={t('cases.field.rating')} rules={[required]}>
            <Rate data-testid="action-field-rating" />
          </Form.Item>
          <TextField name="comment" label="cases.field.comment" />
        </>
      );
    case 'invite_assist':
      return <InviteFields c={c} departments={departments.data ?? []} />;
    case 'involve_officer':
      return (
        <>
          <Form.Item name="officerId" label={t('cases.field.officer')} rules={[required]}>
            <Select
              data-testid="action-field-officer"
              notFoundContent={t('cases.officer.none')}
              options={(c.gridOfficers ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <TextField name="note" label="cases.field.note" />
        </>
      );
    case 'officer_report':
      return (
        <>
          <TextField name="note" label="cases.field.officerNote" required rows={4} />
          <Photos />
        </>
      );
    case 'comment':
      return <TextField name="note" label="cases.field.note" required />;
    default:
      return <TextField name="note" label="cases.field.note" />;
  }
}
