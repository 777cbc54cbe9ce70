/** 审计日志: every change to users, grids, departments and tokens, newest first. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { AuditLogTable } from './audit-log-table.tsx';

const KINDS = ['user', 'grid', 'department', 'street', 'community', 'api_token', 'address'] as const;

export function AuditLogPage() {
  const t = useT();
  useDocumentTitle(t('audit.title'));
  const [targetKind, setTargetKind] = useState<string | undefined>();
  const [targetId, setTargetId] = useState<string | undefined>();
  const [refresh, setRefresh] = useState(0);

  return (
    <Card title={t('audit.title')} data-testid="page-audit-log">
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select
          data-testid="audit-kind-filter"
          style={{ width: 160 }}
          allowClear
          placeholder={t('audit.targetKind')}
          value={targetKind}
          onChange={(v: string | undefined) => setTargetKind(v)}
          options={KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) }))}
        />
        <Input.Search
          data-testid="audit-id-filter"
          style={{ width: 300 }}
          allowClear
          placeholder={t('audit.targetIdHint')}
          onSearch={(v) => setTargetId(v.trim() || undefined)}
        />
        <Button icon={<ReloadOutlined />} onClick={() => setRefresh((n) => n + 1)}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <AuditLogTable targetKind={targetKind} targetId={targetId} refresh={refresh} />
    </Card>
  );
}
