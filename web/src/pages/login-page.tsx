import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { toApiError, type ApiError } from '../api/client.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { BrandLogo } from '../components/brand-logo.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useT, type Translate } from '../i18n/i18n-context.tsx';

interface LoginForm {
  username: string;
  password: string;
}

/** A short title for a failed sign-in; the server's own message is shown under it. */
function errorTitle(err: ApiError, t: Translate): string {
  if (err.code === 'UNAUTHENTICATED') return t('login.invalidCredentials');
  if (err.code === 'TOO_MANY_REQUESTS') return t('login.tooManyAttempts');
  if (err.isNetworkError) return t('error.network');
  return t('login.failed');
}

export function LoginPage() {
  const t = useT();
  const { state, login } = useAuth();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useDocumentTitle(t('login.title'));

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      // The route guard moves on to the page the user wanted once the session is set.
    } catch (err) {
      setError(toApiError(err));
      setSubmitting(false);
    }
  };

  const expired = state.status === 'anonymous' && state.reason === 'expired';
  const startupError = state.status === 'anonymous' ? state.startupError : undefined;

  return (
    <div className="eg-login-bg">
      <div className="eg-login-lang">
        <LanguageSwitch size="small" />
      </div>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: '32px 28px 20px' } }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <BrandLogo size={48} />
          <Typography.Title level={3} className="eg-login-title" data-testid="app-title">
            envgrid 网格化环境监管平台
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.slogan')}</Typography.Text>
        </div>

        {expired && !error && (
          <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {startupError && !error && (
          <Alert type="warning" showIcon title={t('login.serverUnreachable')} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            data-testid="login-error"
            title={errorTitle(error, t)}
            description={error.code === 'UNAUTHENTICATED' ? undefined : error.message}
            style={{ marginBottom: 16 }}
          />
        )}

        <Form<LoginForm>
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          autoComplete="on"
          disabled={submitting}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              autoCapitalize="none"
              spellCheck={false}
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 12 }}>
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={submitting}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, textAlign: 'center', margin: 0 }}
          data-testid="login-hint"
        >
          {t('login.demoHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
