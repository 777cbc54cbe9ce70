/** Import a year of holidays and make-up workdays: paste CSV/JSON or pick a file (read here), then send. */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, InputNumber, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { toApiError } from '../../api/client.ts';
import { settingsApi } from '../../api/settings-api.ts';
import { ApiErrorAlert, ErrorMessage } from '../../components/api-error.tsx';
import { importErrorsOf, type CalendarImportResult, type CalendarIssue } from './settings-types.ts';
import { useSettingsT } from './use-settings-t.ts';

type Outcome =
  | { kind: 'done'; result: CalendarImportResult }
  | { kind: 'errors'; error: unknown; errors: CalendarIssue[] }
  | { kind: 'error'; error: unknown };

const MAX_FILE_BYTES = 1024 * 1024;

function IssueTable({ issues, testId }: { issues: CalendarIssue[]; testId: string }) {
  const st = useSettingsT();
  return (
    <Table<CalendarIssue & { key: number }>
      size="small"
      data-testid={testId}
      dataSource={issues.map((e, key) => ({ ...e, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        {
          key: 'line',
          title: st('settings.calendar.import.line'),
          width: 80,
          render: (_v, e) => e.line ?? '—',
        },
        { key: 'message', title: st('settings.calendar.import.message'), dataIndex: 'message' },
      ]}
    />
  );
}

interface CalendarImportPanelProps {
  /** The year shown on the page, proposed as the year to import. */
  defaultYear: number;
  onImported: (result: CalendarImportResult) => void;
}

export function CalendarImportPanel({ defaultYear, onImported }: CalendarImportPanelProps) {
  const st = useSettingsT();
  // Follows the page's year until edited; cleared, the server takes the year from the content.
  const [edited, setEdited] = useState<{ year: number | null } | null>(null);
  const year = edited ? edited.year : defaultYear;
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const read = async (f: File) => {
    setOutcome(null);
    if (f.size > MAX_FILE_BYTES) {
      setOutcome({ kind: 'error', error: st('settings.calendar.import.tooBig') });
      return;
    }
    setContent(await f.text());
    setFileName(f.name);
  };

  const submit = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await settingsApi.importCalendar(content, year);
      setOutcome({ kind: 'done', result });
      onImported(result);
    } catch (err) {
      const e = toApiError(err);
      const errors = importErrorsOf(e.details);
      setOutcome(
        errors && errors.length > 0 ? { kind: 'errors', error: err, errors } : { kind: 'error', error: err },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="calendar-import">
      <Typography.Paragraph type="secondary">{st('settings.calendar.import.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={st('settings.calendar.import.year')}
          extra={st('settings.calendar.import.yearNote')}
        >
          <InputNumber<number>
            min={1900}
            max={2199}
            precision={0}
            value={year}
            onChange={(y) => setEdited({ year: y })}
            data-testid="calendar-import-year"
          />
        </Form.Item>
        <Form.Item
          label={
            <Space>
              {st('settings.calendar.import.content')}
              {fileName && <Typography.Text type="secondary">({fileName})</Typography.Text>}
            </Space>
          }
        >
          <Input.TextArea
            value={content}
            onChange={(e) => {
              setContent(e.target.value);
              setFileName(null);
            }}
            autoSize={{ minRows: 6, maxRows: 16 }}
            placeholder={st('settings.calendar.import.placeholder')}
            style={{ fontFamily: 'monospace' }}
            data-testid="calendar-import-content"
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Upload
            accept=".csv,.txt,.json,text/csv,text/plain,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void read(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="calendar-import-file">
              {st('settings.calendar.import.pickFile')}
            </Button>
          </Upload>
          <Button
            type="primary"
            loading={busy}
            disabled={!content.trim()}
            onClick={() => void submit()}
            data-testid="calendar-import-submit"
          >
            {st('settings.calendar.import.submit')}
          </Button>
        </Flex>
      </Form>
      <div style={{ marginTop: 16 }}>
        {outcome?.kind === 'done' && (
          <>
            <Alert
              type="success"
              showIcon
              data-testid="calendar-import-done"
              title={st('settings.calendar.import.done', {
                year: outcome.result.year,
                added: outcome.result.added,
                changed: outcome.result.changed,
                removed: outcome.result.removed,
              })}
              description={st('settings.calendar.range', {
                first: outcome.result.firstKnownDate ?? '—',
                last: outcome.result.lastKnownDate ?? '—',
              })}
              style={{ marginBottom: 12 }}
            />
            {outcome.result.warnings.length > 0 && (
              <>
                <Typography.Text type="warning">
                  {st('settings.calendar.import.warnings', { count: outcome.result.warnings.length })}
                </Typography.Text>
                <IssueTable issues={outcome.result.warnings} testId="calendar-import-warnings" />
              </>
            )}
          </>
        )}
        {outcome?.kind === 'error' && (
          <ApiErrorAlert error={outcome.error} testId="calendar-import-error" style={{ marginBottom: 0 }} />
        )}
        {outcome?.kind === 'errors' && (
          <div data-testid="calendar-import-errors">
            <Alert
              type="error"
              showIcon
              title={st('settings.calendar.import.errors', { count: outcome.errors.length })}
              description={<ErrorMessage error={outcome.error} />}
              style={{ marginBottom: 12 }}
            />
            <IssueTable issues={outcome.errors} testId="calendar-import-error-table" />
          </div>
        )}
      </div>
    </div>
  );
}
