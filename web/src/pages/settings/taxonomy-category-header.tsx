/** The header of a category panel: its names and state, and what can be done to it. */
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { MouseEvent } from 'react';
import type { DraftCategory } from './taxonomy-draft.ts';
import { useSettingsT } from './use-settings-t.ts';

export function TaxonomyCategoryLabel({
  category: c,
  problemCount,
}: {
  category: DraftCategory;
  problemCount: number;
}) {
  const st = useSettingsT();
  const active = c.items.filter((i) => !i.retired).length;
  return (
    <Space size={8} wrap data-testid={`taxonomy-category-${c.code}`}>
      <Typography.Text strong style={c.retired ? { textDecoration: 'line-through' } : undefined}>
        {c.name}
      </Typography.Text>
      <Typography.Text type="secondary">{c.nameEn}</Typography.Text>
      <Typography.Text code>{c.code}</Typography.Text>
      <Typography.Text type="secondary">
        {st('settings.taxonomy.category.count', { active, total: c.items.length })}
      </Typography.Text>
      {c.isNew && <Tag color="cyan">{st('settings.taxonomy.new')}</Tag>}
      {c.retired && <Tag>{st('settings.taxonomy.retired')}</Tag>}
      {problemCount > 0 && (
        <Tag color="error">{st('settings.taxonomy.problems.tag', { count: problemCount })}</Tag>
      )}
    </Space>
  );
}

interface TaxonomyCategoryActionsProps {
  category: DraftCategory;
  onEdit: () => void;
  onAddItem: () => void;
  onToggleRetired: () => void;
  onDelete: () => void;
}

/** Buttons in the panel header; their clicks do not fold the panel. */
export function TaxonomyCategoryActions({
  category: c,
  onEdit,
  onAddItem,
  onToggleRetired,
  onDelete,
}: TaxonomyCategoryActionsProps) {
  const st = useSettingsT();
  const stop = (e?: MouseEvent) => e?.stopPropagation();
  return (
    <Space size={0} wrap onClick={stop}>
      <Button type="link" size="small" onClick={onAddItem} data-testid="taxonomy-add-item">
        {st('settings.taxonomy.item.add')}
      </Button>
      <Button type="link" size="small" onClick={onEdit} data-testid="taxonomy-category-edit">
        {st('settings.taxonomy.category.edit')}
      </Button>
      <Button
        type="link"
        size="small"
        danger={!c.retired}
        onClick={onToggleRetired}
        data-testid="taxonomy-category-retire"
      >
        {st(c.retired ? 'settings.taxonomy.unretire' : 'settings.taxonomy.retire')}
      </Button>
      {c.isNew && (
        <Popconfirm title={st('settings.taxonomy.deleteConfirm', { code: c.code })} onConfirm={onDelete}>
          <Button type="link" size="small" danger data-testid="taxonomy-category-delete">
            {st('settings.taxonomy.delete')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
