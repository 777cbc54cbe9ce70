/** The items (小类) of one category, with their defaults; actions edit the page's draft. */
import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Department } from '../../api/types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import {
  durationText,
  LEVEL_COLORS,
  levelName,
  sourceTypeName,
  URGENCY_COLORS,
  urgencyName,
} from './settings-format.ts';
import type { DraftItem, PlacedProblem } from './taxonomy-draft.ts';
import { useLang, useSettingsT } from './use-settings-t.ts';

interface TaxonomyItemTableProps {
  items: readonly DraftItem[];
  departments: ReadonlyMap<string, Department>;
  problems: ReadonlyMap<string, PlacedProblem[]>;
  onEdit: (item: DraftItem) => void;
  onToggleRetired: (item: DraftItem) => void;
  onDelete: (item: DraftItem) => void;
}

export function TaxonomyItemTable(props: TaxonomyItemTableProps) {
  const { items, departments, problems, onEdit, onToggleRetired, onDelete } = props;
  const t = useT();
  const st = useSettingsT();
  const lang = useLang();
  return (
    <Table<DraftItem>
      rowKey="key"
      size="small"
      dataSource={items as DraftItem[]}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: st('settings.taxonomy.noItems') }}
      onRow={(i) =>
        ({
          'data-testid': `taxonomy-item-${i.code}`,
          style: i.retired ? { opacity: 0.55 } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'code',
          title: st('settings.taxonomy.code'),
          width: 200,
          render: (_v, i) => {
            const list = problems.get(i.key);
            return (
              <Space size={4} wrap>
                <Typography.Text code>{i.code}</Typography.Text>
                {i.isNew && <Tag color="cyan">{st('settings.taxonomy.new')}</Tag>}
                {i.retired && <Tag>{st('settings.taxonomy.retired')}</Tag>}
                {list && (
                  <Tooltip title={list.map((p) => `${p.field ?? ''} ${p.message}`).join('\n')}>
                    <Tag color="error" data-testid="taxonomy-item-problem">
                      {st('settings.taxonomy.problems.tag', { count: list.length })}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            );
          },
        },
        {
          key: 'name',
          title: st('settings.taxonomy.names'),
          width: 230,
          render: (_v, i) => (
            <>
              <div>{i.name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.nameEn}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'department',
          title: st('settings.taxonomy.department'),
          width: 110,
          render: (_v, i) => {
            const d = departments.get(i.defaultDepartmentCode);
            return d ? (
              <Tooltip title={d.code}>{d.name}</Tooltip>
            ) : (
              <Typography.Text type="warning">{i.defaultDepartmentCode}</Typography.Text>
            );
          },
        },
        {
          key: 'level',
          title: st('settings.taxonomy.level'),
          width: 90,
          render: (_v, i) => (
            <Tag color={LEVEL_COLORS[i.defaultLevel]}>{levelName(i.defaultLevel, lang)}</Tag>
          ),
        },
        {
          key: 'urgency',
          title: st('settings.taxonomy.urgency'),
          width: 80,
          render: (_v, i) => (
            <Tag color={URGENCY_COLORS[i.defaultUrgency]}>{urgencyName(i.defaultUrgency, lang)}</Tag>
          ),
        },
        {
          key: 'limit',
          title: st('settings.taxonomy.limit'),
          width: 140,
          render: (_v, i) => (
            <span data-testid="taxonomy-item-limit-text">{durationText(i.handleLimitNormal, st)}</span>
          ),
        },
        {
          key: 'sourceType',
          title: st('settings.taxonomy.sourceType'),
          width: 140,
          render: (_v, i) => (
            <>
              <div>{sourceTypeName(i.sourceType, lang)}</div>
              {i.proposesSource && <Tag color="gold">{st('settings.taxonomy.proposesShort')}</Tag>}
            </>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 130,
          fixed: 'right',
          render: (_v, i) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => onEdit(i)} data-testid="taxonomy-item-edit">
                {t('common.edit')}
              </Button>
              <Button
                type="link"
                size="small"
                danger={!i.retired}
                onClick={() => onToggleRetired(i)}
                data-testid="taxonomy-item-retire"
              >
                {st(i.retired ? 'settings.taxonomy.unretire' : 'settings.taxonomy.retire')}
              </Button>
              {i.isNew && (
                <Popconfirm
                  title={st('settings.taxonomy.deleteConfirm', { code: i.code })}
                  onConfirm={() => onDelete(i)}
                >
                  <Button type="link" size="small" danger data-testid="taxonomy-item-delete">
                    {st('settings.taxonomy.delete')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
