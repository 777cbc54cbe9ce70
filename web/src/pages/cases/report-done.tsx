/** After 上报: the new case number and the open cases nearby that it may repeat (疑似重复). */
import { Button, Card, List, Result, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ReportedCase } from '../../api/case-types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { StatusTag } from './case-tags.tsx';

export function ReportDone({ created }: { created: ReportedCase }) {
  const t = useT();
  const { dateTime } = useBusinessTime();
  return (
    <Card data-testid="report-done">
      <Result
        status="success"
        title={t('cases.report.done', { caseNo: created.caseNo })}
        subTitle={t('cases.report.duplicatesFound', { count: created.duplicateCandidates.length })}
        extra={
          <Space wrap>
            <Link to={`/cases/${created.id}`}>
              <Button type="primary" data-testid="report-open-case">
                {t('cases.report.openCase')}
              </Button>
            </Link>
            <Link to="/cases/new" reloadDocument>
              <Button>{t('cases.report.another')}</Button>
            </Link>
          </Space>
        }
      />
      <List
        header={<Typography.Text strong>{t('cases.report.duplicates')}</Typography.Text>}
        bordered
        data-testid="report-duplicates"
        dataSource={created.duplicateCandidates}
        renderItem={(d) => (
          <List.Item data-testid={`report-duplicate-${d.caseNo}`}>
            <Space wrap>
              <Link to={`/cases/${d.id}`}>{d.caseNo}</Link>
              <StatusTag status={d.status} />
              <Typography.Text type="secondary">
                {t('cases.report.distance', { m: Math.round(d.distanceM) })} · {dateTime(d.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
