import { Descriptions, Tag, Tooltip, Typography } from 'antd';
import type { RegionIndex } from '../api/reference-data.ts';
import type { GridProperties, UserSummary } from '../api/territory-types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { streetColor } from './street-palette.ts';

/** "东华门监督员01 (sup001-01)". */
export function UserLabel({ user }: { user: UserSummary }) {
  return (
    <span>
      {user.displayName}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ({user.username})
      </Typography.Text>
    </span>
  );
}

/** "25,319 平方米(2.53 公顷)". */
export function useAreaText(): (m2: number) => string {
  const { t, locale } = useI18n();
  return (m2) =>
    t('grid.areaValue', {
      m2: Math.round(m2).toLocaleString(locale),
      ha: (m2 / 10_000).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    });
}

/** A coloured dot and the street's name, as on the map legend. */
export function StreetName({ code, regions }: { code: string; regions: RegionIndex | undefined }) {
  return (
    <span>
      <span className="eg-swatch" style={{ background: streetColor(code) }} />
      {regions?.nameOf(code) ?? code}
    </span>
  );
}

/** The facts of one unit grid: code, name, community, street, supervisor, area, geometry. */
export function GridFacts({
  grid,
  regions,
  column = 1,
}: {
  grid: GridProperties;
  regions: RegionIndex | undefined;
  column?: number;
}) {
  const { t } = useI18n();
  const areaText = useAreaText();
  return (
    <Descriptions
      size="small"
      column={column}
      data-testid="grid-facts"
      items={[
        {
          key: 'code',
          label: t('grid.code'),
          children: (
            <Typography.Text copyable code data-testid="grid-facts-code">
              {grid.code}
            </Typography.Text>
          ),
        },
        { key: 'name', label: t('grid.name'), children: grid.name },
        {
          key: 'community',
          label: t('grid.community'),
          children: `${regions?.nameOf(grid.communityCode) ?? grid.communityCode} (${grid.communityCode})`,
        },
        {
          key: 'street',
          label: t('grid.street'),
          children: <StreetName code={grid.streetCode} regions={regions} />,
        },
        {
          key: 'supervisor',
          label: t('grid.supervisor'),
          children: grid.supervisor ? (
            <span data-testid="grid-facts-supervisor">
              <UserLabel user={grid.supervisor} />
            </span>
          ) : (
            <Tag color="warning">{t('grid.noSupervisor')}</Tag>
          ),
        },
        { key: 'area', label: t('grid.area'), children: areaText(grid.areaM2) },
        {
          key: 'geometry',
          label: t('grid.geometry'),
          children: grid.demo ? (
            <Tooltip title={t('map.demoTooltip')}>
              <Tag color="orange">{t('grid.geometryDemo')}</Tag>
            </Tooltip>
          ) : (
            t('grid.geometryReal')
          ),
        },
      ]}
    />
  );
}
