/** One consultation: the question, where and about what, the replies, and the reply box if allowed. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Result,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { consultationsApi } from '../../api/consultations-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSourceNames } from '../sources/use-source-names.ts';

export function ConsultationThreadPage() {
  const t = useT();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const time = useBusinessTime();
  const names = useSourceNames();
  useDocumentTitle(t('consult.title'));
  const thread = useApi(`consultation:${id}`, (signal) => consultationsApi.get(id, signal));
  const c = thread.data?.id === id ? thread.data : undefined;
  const [form] = Form.useForm<{ text: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (thread.error && !c)
    return thread.error.status === 404 ? (
      <Result status="404" title={t('consult.notFound')} />
    ) : (
      <ApiErrorAlert error={thread.error} onRetry={thread.reload} />
    );
  if (!c) return <Skeleton active />;

  const reply = async (v: { text: string }) => {
    setSaving(true);
    setError(null);
    try {
      await consultationsApi.reply(c.id, v.text.trim());
      form.resetFields();
      void message.success(t('consult.replied'));
      thread.reload();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const overdue = c.overdue && c.status === 'open';
  return (
    <Flex vertical gap={12} data-testid="page-consultation" data-status={c.status}>
      <Link to="/consultations" className="eg-back-link">
        <ArrowLeftOutlined /> {t('consult.back')}
      </Link>
      <Card
        size="small"
        title={
          <Flex gap={8} align="center" wrap>
            {t('consult.question')}
            <Tag color={c.status === 'open' ? 'orange' : 'green'} data-testid="consultation-status">
              {names.consultationStatusName(c.status)}
            </Tag>
            {overdue && <Tag color="red">{t('consult.overdue')}</Tag>}
          </Flex>
        }
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="consultation-question">
          {c.question}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'asker',
              label: t('consult.asker'),
              children: `${c.askerName} · ${time.dateTime(c.createdAt)}`,
            },
            { key: 'grid', label: t('sources.field.grid'), children: c.gridCode },
            { key: 'deadline', label: t('consult.deadline'), children: time.dateTime(c.replyDeadlineAt) },
            ...(c.caseId
              ? [
                  {
                    key: 'case',
                    label: t('consult.about'),
                    children: <Link to={`/cases/${c.caseId}`}>{t('nav.cases')}</Link>,
                  },
                ]
              : []),
            ...(c.sourceId
              ? [
                  {
                    key: 'source',
                    label: t('consult.about'),
                    children: <Link to={`/sources/${c.sourceId}`}>{t('nav.sources')}</Link>,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('consult.replies')} data-testid="consultation-replies">
        {c.replies.length === 0 ? (
          <Empty description={t('consult.noReplies')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            dataSource={c.replies}
            rowKey="id"
            renderItem={(r) => (
              <List.Item data-testid="consultation-reply">
                <div>
                  <Typography.Text strong>{r.authorName}</Typography.Text>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {time.dateTime(r.at)}
                  </Typography.Text>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {r.text}
                  </Typography.Paragraph>
                </div>
              </List.Item>
            )}
          />
        )}
        {c.abilities.includes('reply') && (
          <Form form={form} layout="vertical" onFinish={reply} style={{ marginTop: 12 }}>
            <Form.Item
              name="text"
              label={t('consult.reply')}
              rules={[{ required: true, message: t('common.required') }, { max: 2000 }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={2000}
                placeholder={t('consult.replyHint')}
                data-testid="consult-reply-text"
              />
            </Form.Item>
            <ApiErrorAlert error={error} />
            <Button type="primary" htmlType="submit" loading={saving} data-testid="consult-reply-submit">
              {t('consult.replySubmit')}
            </Button>
          </Form>
        )}
      </Card>
    </Flex>
  );
}
