/**
 * Everything under /sources: the registry (with the pending-source review queue for those who
 * manage sources), 登记污染源 (/sources/new) and a source's page (/sources/:id).
 */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { can } from '@envgrid/core';
import { Button, Card, Space, Tabs } from 'antd';
import { lazy, useState } from 'react';
import { Link, Route, Routes, useSearchParams } from 'react-router-dom';
import { queryClient } from '../../api/query-client.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ForbiddenPage } from '../error-pages.tsx';
import { SourceImportModal } from './source-import-modal.tsx';
import { SourceRegistry } from './source-registry.tsx';
import { SourceReview } from './source-review.tsx';

const SourceDetailPage = lazy(() =>
  import('./source-detail-page.tsx').then((m) => ({ default: m.SourceDetailPage })),
);
const SourceFormPage = lazy(() =>
  import('./source-form-page.tsx').then((m) => ({ default: m.SourceFormPage })),
);

export function SourcesPage() {
  const { user } = useMe();
  const manage = can(user, 'sources.manage');
  return (
    <Routes>
      <Route index element={<SourceList manage={manage} />} />
      <Route path="new" element={manage ? <SourceFormPage /> : <ForbiddenPage />} />
      <Route path=":id" element={<SourceDetailPage />} />
    </Routes>
  );
}

function SourceList({ manage }: { manage: boolean }) {
  const t = useT();
  useDocumentTitle(t('sources.title'));
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const tab = manage && params.get('tab') === 'review' ? 'review' : 'registry';
  const tools = manage && (
    <Space wrap>
      <Link to="/sources/new">
        <Button type="primary" icon={<PlusOutlined />} data-testid="source-new">
          {t('sources.register')}
        </Button>
      </Link>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="source-import">
        {t('sources.import')}
      </Button>
      <a href={sourcesApi.exportUrl()} download data-testid="source-export">
        <Button icon={<DownloadOutlined />}>{t('sources.export')}</Button>
      </a>
    </Space>
  );
  return (
    <Card data-testid="page-sources" styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'review' ? { tab: 'review' } : {})}
        tabBarExtraContent={tools}
        items={[
          { key: 'registry', label: t('sources.tab.registry'), children: <SourceRegistry /> },
          ...(manage
            ? [
                {
                  key: 'review',
                  label: <span data-testid="source-tab-review">{t('sources.tab.review')}</span>,
                  children: <SourceReview />,
                },
              ]
            : []),
        ]}
      />
      <SourceImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onDone={() => {
          setImporting(false);
          void queryClient.invalidateQueries();
        }}
      />
    </Card>
  );
}
