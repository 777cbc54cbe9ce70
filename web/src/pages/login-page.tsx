import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { toApiError, type ApiError } from '../api/client.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { ErrorDetail } from '../components/api-error.tsx';
import { BrandLogo } from '../components/brand-logo.tsx';
import { useDescribeError } from '../components/describe-error.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useT } from '../i18n/i18n-context.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const describe = useDescribeError();
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
  // "用户名或密码错误" / "登录尝试过多，请 15 分钟后再试" in Chinese; the server's words under it,
  // except where they only repeat that.
  const failure = error ? describe(error, { context: 'login' }) : null;

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
        {failure && (
          <Alert
            type="error"
            showIcon
            data-testid="login-error"
            title={failure.summary}
            description={
              // Both already say it all in the user's language (the wait included, for a lockout).
              failure.code === 'UNAUTHENTICATED' ||
              failure.code === 'TOO_MANY_REQUESTS' ||
              !failure.detail ? undefined : (
                <ErrorDetail description={failure} />
              )
            }
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
