import { Alert, Button, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { toApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { useDescribeError, type ErrorDescription } from './describe-error.ts';

interface FieldProblem {
  path: string;
  message: string;
}

function fieldProblems(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is FieldProblem =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as FieldProblem).path === 'string' &&
      typeof (d as FieldProblem).message === 'string',
  );
}

/**
 * Puts the server's schema problems (`details: [{path: 'body/username', message}]`) on the
 * matching form fields. Returns true when at least one field took a message.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, fieldNames: readonly string[]): boolean {
  const problems = fieldProblems(toApiError(err).details);
  const fields = problems
    .map((p) => ({ name: p.path.replace(/^body\//, '').split('/')[0] ?? '', errors: [p.message] }))
    .filter((f) => fieldNames.includes(f.name));
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}

/** The secondary grey line (the server's own words, or a request id); nothing when there is none. */
export function ErrorDetail({ description }: { description: ErrorDescription }) {
  if (!description.detail) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="error-detail">
      {description.detail}
    </Typography.Text>
  );
}

/** Summary over its detail, as one block: for toasts (`message.error(errorContent(…))`) and inline. */
export function errorContent(description: ErrorDescription): ReactNode {
  if (!description.detail) return description.summary;
  return (
    <span>
      {description.summary}
      <br />
      <ErrorDetail description={description} />
    </span>
  );
}

/** A failure as inline text in the current language (summary, then the detail in grey). */
export function ErrorMessage({ error }: { error: unknown }) {
  const describe = useDescribeError();
  return <>{errorContent(describe(error))}</>;
}

/**
 * An error box for a failed load or save, with an optional retry. `error` may be an ApiError, any
 * thrown value, or a string of our own; nothing is shown for a falsy one. With `title`, the
 * summary moves into the description.
 */
export function ApiErrorAlert({
  error,
  onRetry,
  title,
  testId = 'api-error',
  style,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const t = useT();
  const describe = useDescribeError();
  if (!error) return null;
  const d = describe(error);
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title ?? d.summary}
      description={
        title ? (
          <>
            <div>{d.summary}</div>
            <ErrorDetail description={d} />
          </>
        ) : d.detail ? (
          <ErrorDetail description={d} />
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16, ...style }}
    />
  );
}
