/** 处置时限: the limit of each step, the urgency rules, and the working day they are counted in. */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { settingsApi } from '../../api/settings-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SettingsLoading } from './settings-loading.tsx';
import { hoursText } from './settings-format.ts';
import type { TimeLimitsView } from './settings-types.ts';
import { TimeLimitsEditor } from './time-limits-editor.tsx';
import { useSettingsT } from './use-settings-t.ts';

export function TimeLimitsPage() {
  const t = useT();
  const st = useSettingsT();
  useDocumentTitle(st('settings.limits.title'));
  const limits = useApi('settings:time-limits', (signal) => settingsApi.timeLimits(signal));
  const taxonomy = useApi('settings:taxonomy-all', (signal) => settingsApi.taxonomyAll(signal));
  const calendar = useApi('settings:calendar-now', (signal) => settingsApi.calendar({}, signal));
  // The form starts from each answer afresh (after a save, the reload brings the merged table).
  const [seen, setSeen] = useState<{ data?: TimeLimitsView; generation: number }>({ generation: 0 });
  if (limits.data && limits.data !== seen.data)
    setSeen({ data: limits.data, generation: seen.generation + 1 });

  const reload = () => {
    limits.reload();
    taxonomy.reload();
    calendar.reload();
  };

  const perDay = limits.data?.workingMinutesPerDay;
  const windows = calendar.data?.windows
    .map((w) => `${w.start}–${w.end}`)
    .join(st('settings.limits.windowSeparator'));
  const note = perDay ? (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="time-limits-working-day"
      title={st('settings.limits.workingDay', { minutes: perDay, hours: hoursText(perDay, st) })}
      description={
        <>
          {windows && (
            <div>{st('settings.limits.windows', { windows, timeZone: calendar.data?.timeZone ?? '' })}</div>
          )}
          <div>{st('settings.limits.basisNote')}</div>
        </>
      }
    />
  ) : null;

  return (
    <Card
      title={st('settings.limits.title')}
      data-testid="page-settings-time-limits"
      extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />}
    >
      <ApiErrorAlert error={limits.error} onRetry={limits.reload} />
      <ApiErrorAlert
        error={taxonomy.error}
        onRetry={taxonomy.reload}
        title={st('settings.limits.taxonomyFailed')}
      />
      {!limits.data ? (
        !limits.error && <SettingsLoading />
      ) : (
        <TimeLimitsEditor
          key={seen.generation}
          limits={limits.data}
          taxonomy={taxonomy.data}
          note={note}
          onSaved={limits.reload}
        />
      )}
    </Card>
  );
}
