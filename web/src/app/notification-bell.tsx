/**
 * The header's bell: unread notifications (GET /api/v1/notifications?unread=true), a list linking
 * to the cases, "mark all read"; refreshed live by `notification` events on the stream.
 */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem } from '../api/case-types.ts';
import { notificationsApi } from '../api/notifications-api.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage } from '../components/api-error.tsx';
import { ZoneHint } from '../components/zone-hint.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import { useBusinessTime } from './business-time-context.tsx';

export function NotificationBell({ compact }: { compact: boolean }) {
  const t = useT();
  const { shortDateTime } = useBusinessTime();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const inbox = useApi('notifications:unread', (signal) => notificationsApi.inbox({ unread: true }, signal));
  const [busy, setBusy] = useState(false);

  const markRead = async (ids?: number[]) => {
    setBusy(true);
    try {
      await notificationsApi.markRead(ids);
    } catch {
      // The list reloads either way; a failure leaves the items unread.
    } finally {
      setBusy(false);
      inbox.reload();
    }
  };

  const openItem = (n: NotificationItem) => {
    setOpen(false);
    void markRead([n.id]);
    if (n.caseId) navigate(`/cases/${n.caseId}`);
  };

  const unread = inbox.data?.unread ?? 0;
  const items = inbox.data?.items ?? [];
  const content = (
    <div style={{ width: compact ? 280 : 340 }} data-testid="notifications-panel">
      {inbox.error && !inbox.data ? (
        <Typography.Text type="secondary">
          <ErrorMessage error={inbox.error} />
        </Typography.Text>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          style={{ maxHeight: 360, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              onClick={() => openItem(n)}
              style={{ cursor: 'pointer', paddingInline: 4 }}
              data-testid="notification-item"
            >
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text strong={!n.readAt} ellipsis>
                  {n.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {shortDateTime(n.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(v) => {
        setOpen(v);
        if (v) inbox.reload();
      }}
      title={
        <Flex justify="space-between" align="center">
          <span>
            {t('notifications.title')}
            <ZoneHint />
          </span>
          <Button
            type="link"
            size="small"
            disabled={unread === 0}
            loading={busy}
            onClick={() => void markRead()}
            data-testid="notifications-read-all"
          >
            {t('notifications.readAll')}
          </Button>
        </Flex>
      }
      content={content}
    >
      <Badge count={unread} size="small" offset={[-4, 4]} data-testid="notifications-count">
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notifications.title')}
          data-testid="notifications-bell"
        />
      </Badge>
    </Popover>
  );
}
