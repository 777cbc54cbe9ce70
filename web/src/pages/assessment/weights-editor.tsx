/**
 * 权重与等级 (administrators): the composite weights of each subject kind and the grade bands,
 * saved as a new version (runs keep the version they used). Checked with core's rules first.
 */
import { scoringProblems, SUBJECT_KINDS, WEIGHABLE_KEYS } from '@envgrid/core';
import { Alert, App, Button, Card, Col, Flex, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { assessmentsApi } from '../../api/assessments-api.ts';
import type { WeightsBody } from '../../api/assessments-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SUBJECT_LABELS } from './composite-ranking.tsx';
import { indicatorName } from './indicator-table.tsx';

const BANDS = ['A', 'B', 'C', 'D'] as const;

export function WeightsEditor() {
  const t = useT();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const current = useApi('assessment-weights', (signal) => assessmentsApi.weights(signal));
  const [draft, setDraft] = useState<WeightsBody | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (current.data) setDraft({ weights: current.data.weights, gradeBands: current.data.gradeBands });
  }, [current.data]);
  if (!draft)
    return current.error ? (
      <ApiErrorAlert error={current.error} onRetry={current.reload} />
    ) : (
      <Skeleton active />
    );

  const problems = scoringProblems(draft.weights, draft.gradeBands);
  const setWeight = (kind: (typeof SUBJECT_KINDS)[number], key: string, v: number | null) =>
    setDraft({
      ...draft,
      weights: { ...draft.weights, [kind]: { ...draft.weights[kind], [key]: v ?? 0 } },
    });
  const save = async () => {
    setBusy(true);
    try {
      const saved = await assessmentsApi.saveWeights(draft);
      void message.success(t('assess.weights.saved', { version: saved.version }));
      current.reload();
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12} data-testid="assess-weights">
      <Typography.Text type="secondary">
        {t('assess.weights.version', { version: current.data?.version ?? 0 })} · {t('assess.weights.hint')}
      </Typography.Text>
      <Row gutter={[12, 12]}>
        {SUBJECT_KINDS.map((kind) => (
          <Col key={kind} xs={24} md={12} xl={6}>
            <Card size="small" title={t(SUBJECT_LABELS[kind])} style={{ height: '100%' }}>
              {WEIGHABLE_KEYS[kind].map((key) => (
                <Flex key={key} justify="space-between" align="center" style={{ marginBottom: 6 }}>
                  <span>{indicatorName(t, key)}</span>
                  <InputNumber
                    size="small"
                    min={0}
                    max={1000}
                    style={{ width: 80 }}
                    value={draft.weights[kind]?.[key] ?? 0}
                    onChange={(v) => setWeight(kind, key, v)}
                    data-testid={`weight-${kind}-${key}`}
                  />
                </Flex>
              ))}
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('assess.weights.bands')}>
        <Flex wrap gap={16}>
          {BANDS.map((g) => (
            <label key={g}>
              {t('assess.weights.bandHint', { grade: g })}{' '}
              <InputNumber
                size="small"
                min={0}
                max={100}
                style={{ width: 80 }}
                value={draft.gradeBands[g]}
                onChange={(v) => setDraft({ ...draft, gradeBands: { ...draft.gradeBands, [g]: v ?? 0 } })}
                data-testid={`band-${g}`}
              />
            </label>
          ))}
        </Flex>
      </Card>
      {problems.length > 0 && (
        <Alert type="warning" showIcon title={problems.map((p) => `${p.path} ${p.message}`).join('; ')} />
      )}
      <div>
        <Button
          type="primary"
          loading={busy}
          disabled={problems.length > 0}
          onClick={() => void save()}
          data-testid="weights-save"
        >
          {t('assess.weights.save')}
        </Button>
      </div>
    </Flex>
  );
}
