/** 部门管理: the departments cases are dispatched to (district bureaus and each street's own team). */
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { departmentsApi } from '../../api/departments-api.ts';
import { useDepartments, useRegions } from '../../api/reference-data.ts';
import type { Department } from '../../api/types.ts';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { StreetName } from '../../components/grid-facts.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DepartmentFormModal } from './department-form-modal.tsx';

export function DepartmentsPage() {
  const t = useT();
  const { message } = App.useApp();
  const describe = useDescribeError();
  useDocumentTitle(t('nav.admin.departments'));
  const { index } = useRegions();
  const departments = useDepartments();
  const [editing, setEditing] = useState<{ department?: Department } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [q, setQ] = useState('');

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const all = departments.data ?? [];
    if (!needle) return all;
    return all.filter((d) => [d.code, d.name, d.nameEn].some((s) => s.toLowerCase().includes(needle)));
  }, [departments.data, q]);

  const toggle = async (d: Department) => {
    setBusy(d.id);
    try {
      await departmentsApi.update(d.id, { active: !d.active });
      void message.success(t('departments.saved'));
      departments.refresh();
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={t('nav.admin.departments')}
      data-testid="page-admin-departments"
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={departments.refresh} aria-label={t('common.refresh')} />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({})}
            data-testid="department-create"
          >
            {t('departments.create')}
          </Button>
        </Space>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          data-testid="departments-search"
          style={{ width: 260 }}
          allowClear
          placeholder={t('departments.search')}
          onSearch={setQ}
          onChange={(e) => setQ(e.target.value)}
        />
      </Flex>
      <ApiErrorAlert error={departments.error} onRetry={departments.refresh} />
      <Table<Department>
        rowKey="id"
        size="middle"
        data-testid="departments-table"
        loading={departments.loading}
        dataSource={rows}
        scroll={{ x: 960 }}
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        onRow={(d) => ({ 'data-testid': `department-row-${d.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'code',
            title: t('departments.code'),
            width: 110,
            sorter: (a, b) => a.code.localeCompare(b.code),
            render: (_v, d) => <Typography.Text code>{d.code}</Typography.Text>,
          },
          { key: 'name', title: t('departments.name'), dataIndex: 'name', width: 180 },
          { key: 'nameEn', title: t('departments.nameEn'), dataIndex: 'nameEn', width: 280 },
          {
            key: 'level',
            title: t('departments.level'),
            width: 110,
            filters: [
              { text: t('departments.level.district'), value: 'district' },
              { text: t('departments.level.street'), value: 'street' },
            ],
            onFilter: (value, d) => d.level === value,
            render: (_v, d) => (
              <Tag color={d.level === 'district' ? 'blue' : 'purple'}>
                {t(`departments.level.${d.level}`)}
              </Tag>
            ),
          },
          {
            key: 'street',
            title: t('departments.street'),
            width: 150,
            render: (_v, d) => (d.streetCode ? <StreetName code={d.streetCode} regions={index} /> : '—'),
          },
          {
            key: 'active',
            title: t('departments.status'),
            width: 90,
            filters: [
              { text: t('departments.active'), value: true },
              { text: t('departments.inactive'), value: false },
            ],
            onFilter: (value, d) => d.active === value,
            render: (_v, d) =>
              d.active ? (
                <Tag color="green">{t('departments.active')}</Tag>
              ) : (
                <Tag>{t('departments.inactive')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 140,
            fixed: 'right',
            render: (_v, d) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setEditing({ department: d })}
                  data-testid="department-edit"
                >
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t(d.active ? 'departments.deactivateConfirm' : 'departments.activateConfirm', {
                    name: d.name,
                  })}
                  onConfirm={() => toggle(d)}
                  okButtonProps={{ 'data-testid': 'department-toggle-confirm' }}
                >
                  <Button
                    type="link"
                    size="small"
                    danger={d.active}
                    loading={busy === d.id}
                    data-testid="department-toggle"
                  >
                    {t(d.active ? 'departments.deactivate' : 'departments.activate')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <DepartmentFormModal
        open={!!editing}
        department={editing?.department}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          departments.refresh();
        }}
      />
    </Card>
  );
}
