/** 案件列表: role-aware queues (tabs), filters, traffic lights, cursor paging, live refresh. */
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { CASE_STATUSES, type CaseStatus } from '@envgrid/core';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { dashboardApi } from '../../api/dashboard-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useIsMobile } from '../../components/use-media-query.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ExportButtons } from '../dashboard/export-buttons.tsx';
import { CaseCards } from './case-cards.tsx';
import { canReport, presetsFor, worksOwnGrids } from './case-list-presets.ts';
import { CaseTable } from './case-table.tsx';
import { useCaseList } from './use-case-list.ts';
import { useCaseNames } from './use-case-names.ts';

const flag = (v: string | null) => v === '1';

export function CaseListPage() {
  const t = useT();
  const { user } = useMe();
  const names = useCaseNames();
  const mobile = useIsMobile();
  useDocumentTitle(t('cases.list.title'));
  const { index: regions } = useRegions();
  const [params, setParams] = useSearchParams();

  const presets = useMemo(() => presetsFor(user.roles), [user.roles]);
  const tab = presets.find((p) => p.key === params.get('tab')) ?? presets[0]!;
  const statusFilter = (params.get('status') ?? '').split(',').filter(Boolean) as CaseStatus[];
  const overdue = flag(params.get('overdue'));
  const supervised = flag(params.get('supervised'));
  const mine = flag(params.get('mine'));
  const street = params.get('street') ?? undefined;
  const q = params.get('q') ?? '';
  const ownGrids = worksOwnGrids(user.roles);
  const districtScope = user.scope.kind === 'district';

  const query = {
    status: (statusFilter.length > 0 ? statusFilter : (tab.query.status ?? [])).join(',') || undefined,
    overdue: tab.query.overdue || overdue || undefined,
    supervised: tab.query.supervised || supervised || undefined,
    mine: tab.query.mine || mine || undefined,
    reportedByMe: tab.query.reportedByMe || undefined,
    street: districtScope ? street : undefined,
    q: q.trim() || undefined,
  };
  const list = useCaseList(query);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return (
    <Card
      data-testid="page-cases"
      title={t('cases.list.title')}
      extra={
        <Space>
          {!mobile && (
            <ExportButtons testId="cases-export" urlOf={(f) => dashboardApi.caseExportUrl(f, query)} />
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={list.refresh}
            aria-label={t('common.refresh')}
            data-testid="cases-refresh"
          />
          {canReport(user.roles) && (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="cases-report">
                {t('cases.report.title')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab.key}
        onChange={(key) => update({ tab: key })}
        items={presets.map((p) => ({
          key: p.key,
          label: <span data-testid={`cases-tab-${p.key}`}>{t(p.label)}</span>,
        }))}
      />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Select
          mode="multiple"
          allowClear
          data-testid="cases-filter-status"
          style={{ minWidth: 200, maxWidth: '100%' }}
          placeholder={
            tab.query.status ? tab.query.status.map(names.statusName).join('、') : t('cases.filter.status')
          }
          value={statusFilter}
          onChange={(v: CaseStatus[]) => update({ status: v.join(',') || null })}
          options={CASE_STATUSES.map((s) => ({ value: s, label: names.statusName(s) }))}
          maxTagCount="responsive"
        />
        {districtScope && (
          <Select
            allowClear
            data-testid="cases-filter-street"
            style={{ width: 160 }}
            placeholder={t('cases.filter.street')}
            showSearch={{ optionFilterProp: 'label' }}
            value={street}
            onChange={(v: string | undefined) => update({ street: v ?? null })}
            options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
          />
        )}
        <Input.Search
          allowClear
          data-testid="cases-search"
          style={{ width: 240, maxWidth: '100%' }}
          placeholder={t('cases.filter.search')}
          defaultValue={q}
          onSearch={(v) => update({ q: v.trim() || null })}
        />
        {!tab.query.overdue && (
          <Checkbox
            checked={overdue}
            onChange={(e) => update({ overdue: e.target.checked ? '1' : null })}
            data-testid="cases-filter-overdue"
          >
            {t('cases.filter.overdue')}
          </Checkbox>
        )}
        {!tab.query.supervised && (
          <Checkbox
            checked={supervised}
            onChange={(e) => update({ supervised: e.target.checked ? '1' : null })}
            data-testid="cases-filter-supervised"
          >
            {t('cases.filter.supervised')}
          </Checkbox>
        )}
        {ownGrids && !tab.query.mine && (
          <Checkbox
            checked={mine}
            onChange={(e) => update({ mine: e.target.checked ? '1' : null })}
            data-testid="cases-filter-mine"
          >
            {t('cases.filter.mine')}
          </Checkbox>
        )}
      </Flex>
      <ApiErrorAlert error={list.error} onRetry={list.refresh} />
      {mobile ? (
        <CaseCards items={list.items} loading={list.loading} regions={regions} />
      ) : (
        <CaseTable items={list.items} loading={list.loading && list.items.length === 0} regions={regions} />
      )}
      <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="cases-count">
          {t('cases.list.shown', { count: list.items.length })}
        </Typography.Text>
        {list.nextCursor ? (
          <Button onClick={list.loadMore} loading={list.loading} data-testid="cases-load-more">
            {t('common.loadMore')}
          </Button>
        ) : (
          list.items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
