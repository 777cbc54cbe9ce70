import { Flex, Spin } from 'antd';
import { useT } from '../../i18n/i18n-context.tsx';

/** A spinner inside a settings card while its data loads. */
export function SettingsLoading() {
  const t = useT();
  return (
    <Flex justify="center" style={{ padding: 48 }} data-testid="settings-loading">
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
