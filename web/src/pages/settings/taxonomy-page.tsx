/** 问题分类: categories (大类) and items (小类) with their defaults, edited as a draft and saved whole. */
import { taxonomyProblems } from '@envgrid/core';
import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { toApiError } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';
import { useDepartments } from '../../api/reference-data.ts';
import { settingsApi } from '../../api/settings-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert, ErrorMessage } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SettingsLoading } from './settings-loading.tsx';
import { problemsOf, type TaxonomyCategory, type TaxonomyItem } from './settings-types.ts';
import { TaxonomyCategoryActions, TaxonomyCategoryLabel } from './taxonomy-category-header.tsx';
import { TaxonomyCategoryModal } from './taxonomy-category-modal.tsx';
import * as d from './taxonomy-draft.ts';
import { TaxonomyItemDrawer } from './taxonomy-item-drawer.tsx';
import { TaxonomyItemTable } from './taxonomy-item-table.tsx';
import { TaxonomyProblems } from './taxonomy-problems.tsx';
import { useSettingsT } from './use-settings-t.ts';

type Editing = { categoryKey: string; itemKey?: string };
const NO_PROBLEMS: d.PlacedProblem[] = [];

export function TaxonomyPage() {
  const t = useT();
  const st = useSettingsT();
  const { message } = App.useApp();
  useDocumentTitle(st('settings.taxonomy.title'));
  const query = useApi('settings:taxonomy', (signal) => settingsApi.taxonomyAll(signal));
  const departments = useDepartments();
  const [loadedFrom, setLoadedFrom] = useState<TaxonomyCategory[] | undefined>(undefined);
  const [saved, setSaved] = useState<TaxonomyCategory[]>([]);
  const [draft, setDraft] = useState<d.DraftCategory[]>([]);
  const [problems, setProblems] = useState<d.PlacedProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [item, setItem] = useState<Editing | null>(null);
  const [category, setCategory] = useState<{ categoryKey?: string } | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [q, setQ] = useState('');
  const [hideRetired, setHideRetired] = useState(false);

  // A fresh answer from the server replaces the draft (the reload button asks first when dirty).
  if (query.data && query.data !== loadedFrom) {
    setLoadedFrom(query.data);
    setSaved(query.data);
    setDraft(d.toDraft(query.data));
    setProblems([]);
    setSaveError(null);
  }

  const savedPrint = useMemo(() => d.fingerprint(d.toDraft(saved)), [saved]);
  const dirty = loadedFrom !== undefined && d.fingerprint(draft) !== savedPrint;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const byItem = useMemo(() => d.problemsByItem(problems), [problems]);
  const deptByCode = departments.byCode;

  const save = async () => {
    const categories = d.fromDraft(draft);
    if (departments.data) {
      const local = taxonomyProblems(
        { categories },
        { departmentCodes: departments.data.map((x) => x.code) },
      );
      if (local.length > 0) {
        setProblems(d.placeProblems(local, draft));
        setSaveError(st('settings.taxonomy.problems.local'));
        return;
      }
    }
    setSaving(true);
    try {
      const next = await settingsApi.saveTaxonomy(categories);
      setSaved(next);
      setDraft(d.toDraft(next));
      setProblems([]);
      setSaveError(null);
      // Item names and limits shown elsewhere (and the time-limit page) come from the new one.
      void queryClient.invalidateQueries({
        predicate: (q) =>
          ['ref:taxonomy', 'settings:time-limits', 'settings:taxonomy-all'].includes(String(q.queryKey[0])),
      });
      void message.success(st('settings.taxonomy.saved'));
    } catch (err) {
      setProblems(d.placeProblems(problemsOf(toApiError(err).details) ?? [], draft));
      setSaveError(err);
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    setDraft(d.toDraft(saved));
    setProblems([]);
    setSaveError(null);
  };

  const applyItem = (next: TaxonomyItem) => {
    if (!item) return;
    if (item.itemKey) {
      const key = item.itemKey;
      setDraft((all) => d.updateItem(all, key, (i) => ({ ...next, key: i.key, isNew: i.isNew })));
      setProblems((list) => list.filter((p) => p.itemKey !== key));
    } else {
      const entry = { ...next, key: d.newKey(), isNew: true };
      setDraft((all) =>
        d.updateCategory(all, item.categoryKey, (c) => ({ ...c, items: [...c.items, entry] })),
      );
    }
    setItem(null);
  };

  const applyCategory = (v: { code: string; name: string; nameEn: string }) => {
    if (!category) return;
    const key = category.categoryKey;
    if (key) {
      setDraft((all) =>
        d.updateCategory(all, key, (c) => ({
          ...c,
          ...v,
          // A new category may still change its code: its (new) items follow.
          items: c.items.map((i) => ({ ...i, code: i.code.replace(/^[^.]*\./, `${v.code}.`) })),
        })),
      );
      setProblems((list) => list.filter((p) => p.categoryKey !== key || p.itemKey));
    } else {
      setDraft((all) => [...all, { ...v, key: d.newKey(), isNew: true, items: [] }]);
    }
    setCategory(null);
  };

  const visible = d.filterDraft(draft, q, hideRetired);

  const editingCategory = draft.find((c) => c.key === (item?.categoryKey ?? category?.categoryKey));
  const editingItem = item?.itemKey ? editingCategory?.items.find((i) => i.key === item.itemKey) : undefined;

  if (!loadedFrom && !query.error)
    return (
      <Card title={st('settings.taxonomy.title')} data-testid="page-settings-taxonomy">
        <SettingsLoading />
      </Card>
    );
  return (
    <Card
      title={st('settings.taxonomy.title')}
      data-testid="page-settings-taxonomy"
      extra={
        <Space wrap>
          <Popconfirm
            title={st('settings.taxonomy.reloadConfirm')}
            disabled={!dirty}
            onConfirm={query.reload}
          >
            <Button
              icon={<ReloadOutlined />}
              onClick={dirty ? undefined : query.reload}
              aria-label={t('common.refresh')}
            />
          </Popconfirm>
          <Button onClick={() => setCategory({})} data-testid="taxonomy-add-category">
            {st('settings.taxonomy.category.add')}
          </Button>
          <Button disabled={!dirty} onClick={discard} data-testid="taxonomy-discard">
            {st('settings.taxonomy.discard')}
          </Button>
          <Button
            type="primary"
            disabled={!dirty}
            loading={saving}
            onClick={() => void save()}
            data-testid="settings-taxonomy-save"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert error={query.error} onRetry={query.reload} />
      <Typography.Paragraph type="secondary">{st('settings.taxonomy.intro')}</Typography.Paragraph>
      {dirty && (
        <Alert
          type="warning"
          showIcon
          title={st('settings.taxonomy.unsaved')}
          style={{ marginBottom: 16 }}
          data-testid="taxonomy-unsaved"
        />
      )}
      {saveError !== null && (
        <TaxonomyProblems
          message={<ErrorMessage error={saveError} />}
          problems={problems}
          draft={draft}
          onOpenItem={(categoryKey, itemKey) => setItem({ categoryKey, itemKey })}
          onOpenCategory={(categoryKey) => setCategory({ categoryKey })}
        />
      )}
      <Flex wrap gap={16} align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={st('settings.taxonomy.search')}
          onChange={(e) => setQ(e.target.value)}
          data-testid="taxonomy-search"
        />
        <Space>
          <Switch
            size="small"
            checked={hideRetired}
            onChange={setHideRetired}
            data-testid="taxonomy-hide-retired"
          />
          <span>{st('settings.taxonomy.hideRetired')}</span>
        </Space>
      </Flex>
      {visible.length === 0 ? (
        <Empty description={st('settings.taxonomy.noMatch')} />
      ) : (
        <Collapse
          activeKey={visible.map((v) => v.category.key).filter((k) => !collapsed.has(k))}
          onChange={(keys) => {
            const open = new Set(Array.isArray(keys) ? keys : [keys]);
            setCollapsed(new Set(draft.map((c) => c.key).filter((k) => !open.has(k))));
          }}
          items={visible.map(({ category: c, items }) => ({
            key: c.key,
            label: (
              <TaxonomyCategoryLabel
                category={c}
                problemCount={problems.filter((p) => p.categoryKey === c.key).length}
              />
            ),
            extra: (
              <TaxonomyCategoryActions
                category={c}
                onEdit={() => setCategory({ categoryKey: c.key })}
                onAddItem={() => setItem({ categoryKey: c.key })}
                onToggleRetired={() =>
                  setDraft((all) => d.updateCategory(all, c.key, (x) => ({ ...x, retired: !x.retired })))
                }
                onDelete={() => setDraft((all) => d.updateCategory(all, c.key, () => null))}
              />
            ),
            children: (
              <TaxonomyItemTable
                items={items}
                departments={deptByCode}
                problems={byItem}
                onEdit={(i) => setItem({ categoryKey: c.key, itemKey: i.key })}
                onToggleRetired={(i) =>
                  setDraft((all) => d.updateItem(all, i.key, (x) => ({ ...x, retired: !x.retired })))
                }
                onDelete={(i) => setDraft((all) => d.updateItem(all, i.key, () => null))}
              />
            ),
          }))}
        />
      )}
      <TaxonomyItemDrawer
        open={!!item && !!editingCategory}
        category={editingCategory}
        item={editingItem}
        draft={draft}
        departments={departments.data ?? []}
        problems={(editingItem && byItem.get(editingItem.key)) || NO_PROBLEMS}
        onClose={() => setItem(null)}
        onApply={applyItem}
      />
      <TaxonomyCategoryModal
        open={!!category}
        category={category?.categoryKey ? editingCategory : undefined}
        draft={draft}
        problems={
          category?.categoryKey
            ? problems.filter((p) => p.categoryKey === category.categoryKey && !p.itemKey)
            : NO_PROBLEMS
        }
        onClose={() => setCategory(null)}
        onApply={applyCategory}
      />
    </Card>
  );
}
