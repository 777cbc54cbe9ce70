/** An administrator's view of one user's API tokens, with revoke. */
import { Modal } from 'antd';
import type { AdminUser } from '../../api/admin-types.ts';
import { accountApi } from '../../api/account-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { TokenTable } from '../account/token-table.tsx';

function UserTokens({ user }: { user: AdminUser }) {
  const tokens = useApi(`user-tokens:${user.id}`, (signal) => accountApi.tokens({ userId: user.id }, signal));
  return <TokenTable tokens={tokens} testId="user-tokens-table" />;
}

export function UserTokensModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={!!user}
      title={user ? t('users.tokensTitle', { name: `${user.displayName} (${user.username})` }) : ''}
      footer={null}
      width={880}
      onCancel={onClose}
      destroyOnHidden
      data-testid="user-tokens-modal"
    >
      {user && <UserTokens user={user} />}
    </Modal>
  );
}
