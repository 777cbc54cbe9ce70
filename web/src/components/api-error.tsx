import { Alert, Button } from 'antd';
import type { FormInstance } from 'antd';
import { toApiError } from '../api/client.ts';
import { useT, type Translate } from '../i18n/i18n-context.tsx';

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

/** What went wrong, for people: the server's own message, or "network error". */
export function apiErrorText(err: unknown, t: Translate): string {
  const e = toApiError(err);
  if (e.isNetworkError) return e.code === 'ABORTED' ? t('error.generic') : t('error.network');
  return e.message || t('error.generic');
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

/** An error box for a failed load or save, with an optional retry. */
export function ApiErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={title ?? apiErrorText(error, t)}
      description={title ? apiErrorText(error, t) : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
