/** 导出 XLSX / CSV: plain download links (the session cookie goes along; the server names the file). */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ExportFormat } from '../../api/dashboard-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';

interface ExportButtonsProps {
  urlOf: (format: ExportFormat) => string;
  testId: string;
  size?: 'small' | 'middle';
}

export function ExportButtons({ urlOf, testId, size = 'middle' }: ExportButtonsProps) {
  const t = useT();
  return (
    <Space.Compact size={size}>
      {(['xlsx', 'csv'] as const).map((f) => (
        <Button
          key={f}
          size={size}
          icon={f === 'xlsx' ? <DownloadOutlined /> : undefined}
          href={urlOf(f)}
          download
          data-testid={`${testId}-${f}`}
        >
          {t(f === 'xlsx' ? 'export.xlsx' : 'export.csv')}
        </Button>
      ))}
    </Space.Compact>
  );
}
