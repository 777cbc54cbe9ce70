/** What stopped a save: the server's (or the local check's) problems, each placed on its entry. */
import { Alert, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DraftCategory, PlacedProblem } from './taxonomy-draft.ts';
import { useSettingsT, type SettingsKey } from './use-settings-t.ts';

const FIELD_LABELS: Record<string, SettingsKey> = {
  code: 'settings.taxonomy.code',
  name: 'settings.taxonomy.name',
  nameEn: 'settings.taxonomy.nameEn',
  hint: 'settings.taxonomy.hint',
  hintEn: 'settings.taxonomy.hintEn',
  defaultDepartmentCode: 'settings.taxonomy.department',
  defaultLevel: 'settings.taxonomy.level',
  defaultUrgency: 'settings.taxonomy.urgency',
  handleLimitNormal: 'settings.taxonomy.limit',
  sourceType: 'settings.taxonomy.sourceType',
  proposesSource: 'settings.taxonomy.proposesSource',
  retired: 'settings.taxonomy.retired',
};

interface TaxonomyProblemsProps {
  message: ReactNode;
  problems: readonly PlacedProblem[];
  draft: readonly DraftCategory[];
  onOpenItem: (categoryKey: string, itemKey: string) => void;
  onOpenCategory: (categoryKey: string) => void;
}

export function TaxonomyProblems({
  message,
  problems,
  draft,
  onOpenItem,
  onOpenCategory,
}: TaxonomyProblemsProps) {
  const st = useSettingsT();
  const where = (p: PlacedProblem) => {
    const category = draft.find((c) => c.key === p.categoryKey);
    const item = category?.items.find((i) => i.key === p.itemKey);
    const field = p.field ? (FIELD_LABELS[p.field] ? st(FIELD_LABELS[p.field]!) : p.field) : null;
    const entry = item
      ? `${category!.name} › ${item.name} (${item.code})`
      : category
        ? `${category.name} (${category.code})`
        : p.path;
    return field ? `${entry} · ${field}` : entry;
  };
  return (
    <Alert
      type="error"
      showIcon
      data-testid="taxonomy-save-error"
      style={{ marginBottom: 16 }}
      title={message}
      description={
        problems.length > 0 && (
          <div data-testid="taxonomy-problems">
            <Typography.Text type="secondary">
              {st('settings.taxonomy.problems.title', { count: problems.length })}
            </Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {problems.slice(0, 50).map((p, n) => (
                <li key={`${p.path}-${n}`} data-testid="taxonomy-problem">
                  {p.categoryKey ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() =>
                        p.itemKey ? onOpenItem(p.categoryKey!, p.itemKey) : onOpenCategory(p.categoryKey!)
                      }
                    >
                      {where(p)}
                    </Button>
                  ) : (
                    <Typography.Text code>{p.path || '/'}</Typography.Text>
                  )}
                  : {p.message}
                </li>
              ))}
            </ul>
          </div>
        )
      }
    />
  );
}
