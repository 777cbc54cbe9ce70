/** 账号安全: every signed-in user's own password, sessions and API tokens. */
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { accountApi } from '../../api/account-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ChangePasswordCard } from './change-password-card.tsx';
import { CreateTokenModal } from './create-token-modal.tsx';
import { SessionsCard } from './sessions-card.tsx';
import { TokenTable } from './token-table.tsx';

export function AccountPage() {
  const t = useT();
  useDocumentTitle(t('account.title'));
  const [creating, setCreating] = useState(false);
  const sessions = useApi('auth-sessions', (signal) => accountApi.sessions(signal));
  const tokens = useApi('auth-tokens', (signal) => accountApi.tokens({}, signal));

  return (
    <Flex vertical gap={16} data-testid="page-account">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <ChangePasswordCard
        onChanged={() => {
          // The server ended the other sessions and revoked every token: show that.
          sessions.reload();
          tokens.reload();
        }}
      />
      <SessionsCard sessions={sessions} />
      <Card
        title={t('account.tokens.title')}
        data-testid="account-tokens"
        extra={
          <Space wrap size={8}>
            <Button
              icon={<ReloadOutlined />}
              onClick={tokens.reload}
              aria-label={t('account.refresh')}
              data-testid="tokens-refresh"
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="token-create"
            >
              {t('account.tokens.create')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('account.tokens.hint')}</Typography.Paragraph>
        <TokenTable tokens={tokens} />
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} onCreated={tokens.reload} />
    </Flex>
  );
}
