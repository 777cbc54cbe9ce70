/** 主办 / 协办: the lead department and the assisting ones, each marked when its part is in. */
import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { Case } from '../../api/case-types.ts';
import type { Department } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function CaseDepartments({ c, departments }: { c: Case; departments: Map<string, Department> }) {
  const { t, locale } = useI18n();
  const name = (id: string) => {
    const d = departments.get(id);
    return d ? (locale === 'en' ? d.nameEn || d.name : d.name) : id;
  };
  const suggested = !c.leadDepartmentId && c.suggestedDepartmentId;
  return (
    <Card
      size="small"
      title={t('cases.departments.title')}

      data-testid="case-departments"
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'lead',
            label: t('cases.field.leadDepartment'),
            children: c.leadDepartmentId ? (
              <span data-testid="case-lead-department">{name(c.leadDepartmentId)}</span>
            ) : suggested ? (
              <span>
                <Typography.Text type="secondary">{name(c.suggestedDepartmentId!)}</Typography.Text>
                <Tag color="green" style={{ marginInlineStart: 6 }}>
                  {t('cases.dispatch.suggested')}
                </Tag>
              </span>
            ) : (
              '—'
            ),
          },
          {
            key: 'assist',
            label: t('cases.field.assistDepartments'),
            children:
              c.assistDepartmentIds.length === 0 ? (
                '—'
              ) : (
                <Flex vertical gap={4} data-testid="case-assist-departments">
                  {c.assistDepartmentIds.map((id) => {
                    const done = c.assistDoneIds.includes(id);
                    return (
                      <span key={id} data-done={done || undefined}>
                        {done ? (
                          <CheckCircleTwoTone twoToneColor="#52c41a" />
                        ) : (
                          <ClockCircleOutlined style={{ color: '#999' }} />
                        )}{' '}
                        {name(id)}{' '}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {done ? t('cases.departments.partDone') : t('cases.departments.partPending')}
                        </Typography.Text>
                      </span>
                    );
                  })}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}
