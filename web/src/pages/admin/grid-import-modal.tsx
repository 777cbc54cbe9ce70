/** Reads a GeoJSON file in the browser and imports it (all or nothing); shows the outcome or the problems. */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Form, Modal, Radio, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { ImportKind, ImportProblem, ImportResult } from '../../api/territory-types.ts';
import { ApiErrorAlert, ErrorMessage } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

interface ParsedFile {
  name: string;
  body: { type: 'FeatureCollection'; features: unknown[] };
}

type Outcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'problems'; error: unknown; problems: ImportProblem[] }
  | { kind: 'error'; error: unknown };

const KINDS: ImportKind[] = ['grid', 'community', 'street'];

function problemsOf(details: unknown): ImportProblem[] | null {
  const list = (details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(list) ? (list as ImportProblem[]) : null;
}

export function GridImportModal({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<ImportKind>('grid');
  const [file, setFile] = useState<ParsedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (f: File) => {
    setOutcome(null);
    setFile(null);
    setFileError(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await f.text());
    } catch {
      setFileError(t('gridImport.badJson'));
      return;
    }
    const fc = parsed as { type?: unknown; features?: unknown };
    if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features) || fc.features.length === 0) {
      setFileError(t('gridImport.notCollection'));
      return;
    }
    setFile({ name: f.name, body: parsed as ParsedFile['body'] });
  };

  const submit = async () => {
    if (!file) {
      setFileError(t('gridImport.noFile'));
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await territoryApi.importRegions(kind, file.body);
      setOutcome({ kind: 'done', result });
      onImported();
    } catch (err) {
      const e = toApiError(err);
      const problems = problemsOf(e.details);
      setOutcome(problems ? { kind: 'problems', error: err, problems } : { kind: 'error', error: err });
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setFile(null);
    setFileError(null);
    setOutcome(null);
  };

  return (
    <Modal
      open={open}
      title={t('gridImport.title')}
      width={720}
      onCancel={onClose}
      afterClose={reset}
      onOk={() => void submit()}
      okText={t('gridImport.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: !file, 'data-testid': 'grid-import-submit' }}
      data-testid="grid-import"
    >
      <Typography.Paragraph type="secondary">{t('gridImport.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('gridImport.kind')}>
          <Radio.Group
            data-testid="grid-import-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              setOutcome(null);
            }}
            optionType="button"
            options={KINDS.map((k) => ({ value: k, label: t(`gridImport.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('gridImport.file')}>
          <Upload.Dragger
            accept=".geojson,.json,application/geo+json,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void read(f);
              return false;
            }}
            data-testid="grid-import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {file
                ? t('gridImport.features', { name: file.name, count: file.body.features.length })
                : t('gridImport.pick')}
            </p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {fileError && <Alert type="error" showIcon title={fileError} data-testid="grid-import-file-error" />}
      {outcome?.kind === 'done' && (
        <Alert
          type="success"
          showIcon
          data-testid="grid-import-done"
          title={t('gridImport.done', { created: outcome.result.created, updated: outcome.result.updated })}
        />
      )}
      {outcome?.kind === 'error' && (
        <ApiErrorAlert error={outcome.error} testId="grid-import-error" style={{ marginBottom: 0 }} />
      )}
      {outcome?.kind === 'problems' && (
        <div data-testid="grid-import-problems">
          <Alert
            type="error"
            showIcon
            title={t('gridImport.problems', { count: outcome.problems.length })}
            description={<ErrorMessage error={outcome.error} />}
            style={{ marginBottom: 12 }}
          />
          <Table<ImportProblem & { key: number }>
            size="small"
            dataSource={outcome.problems.map((p, i) => ({ ...p, key: i }))}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              {
                key: 'index',
                title: t('gridImport.index'),
                width: 120,
                render: (_v, p) => <Typography.Text code>features[{p.index}]</Typography.Text>,
              },
              {
                key: 'code',
                title: t('gridImport.code'),
                width: 170,
                render: (_v, p) => (p.code ? <Typography.Text code>{p.code}</Typography.Text> : '—'),
              },
              { key: 'reason', title: t('gridImport.reason'), dataIndex: 'reason' },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
