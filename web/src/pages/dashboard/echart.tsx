/**
 * ECharts, tree-shaken: only the charts and components the dashboards use are registered, and
 * this module is reached only through React.lazy (dashboard-charts.tsx), so ECharts sits in its
 * own chunk that phone screens never load.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** The option subset the dashboards build (ECharts' own option type is loose in echarts-for-react). */
export interface ChartOption {
  series: { data: unknown[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

interface EChartProps {
  option: ChartOption;
  testId: string;
  height?: number;
  style?: CSSProperties;
}

/**
 * One chart. Its wrapper names how many series and data points it draws (`data-series`,
 * `data-points`), so a test can compare what is drawn with what the API answered.
 */
export function EChart({ option, testId, height = 280, style }: EChartProps) {
  const points = option.series.reduce((n, s) => n + s.data.length, 0);
  return (
    <div data-testid={testId} data-series={option.series.length} data-points={points}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%', ...style }}
      />
    </div>
  );
}
