/** 导入 CSV: the whole file or nothing; a refusal lists each problem by row and column. */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client.ts';
import type { SourceImportProblem } from '../../api/source-types.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

function problemsOf(err: unknown): SourceImportProblem[] | null {
  const e = toApiError(err);
  if (e.code !== 'VALIDATION_FAILED' || !Array.isArray(e.details)) return null;
  const list = (e.details as Partial<SourceImportProblem>[]).filter((d) => typeof d?.row === 'number');
  return list.length ? (list as SourceImportProblem[]) : null;
}

export function SourceImportModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = error ? problemsOf(error) : null;

  const submit = async () => {
    if (!file) return;
    setSaving(true);
    setError(null);
    try {
      const r = await sourcesApi.importCsv(file.text);
      void message.success(t('sources.csv.done', { count: r.imported }));
      setFile(null);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sources.csv.title')}
      onCancel={onClose}
      onOk={submit}
      okText={t('sources.csv.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !file, ...{ 'data-testid': 'source-import-submit' } }}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('sources.csv.hint')}</Typography.Paragraph>
      <Upload
        accept=".csv,text/csv"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          void f.text().then((text) => setFile({ name: f.name, text }));
          setError(null);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="source-import-file">
          {file?.name ?? t('sources.csv.pick')}
        </Button>
      </Upload>
      {problems ? (
        <>
          <Alert type="error" showIcon title={t('sources.csv.failed')} style={{ margin: '12px 0' }} />
          <Table<SourceImportProblem>
            size="small"
            rowKey={(p) => `${p.row}:${p.column}:${p.message}`}
            dataSource={problems}
            pagination={{ pageSize: 10, size: 'small' }}
            data-testid="source-import-problems"
            columns={[
              { key: 'row', title: t('sources.csv.row'), dataIndex: 'row', width: 60 },
              { key: 'column', title: t('sources.csv.column'), dataIndex: 'column', width: 140 },
              { key: 'message', title: t('sources.csv.message'), dataIndex: 'message' },
            ]}
          />
        </>
      ) : (
        <ApiErrorAlert error={error} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
