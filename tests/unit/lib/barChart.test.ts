import { describe, expect, it } from 'vitest';
import { stackedBarChart } from '~/lib/barChart';

const SERIES = [
  { name: '已销号', className: 's1' },
  { name: '推进中', className: 's2' },
];

describe('stackedBarChart', () => {
  it('draws each series as one path over all bars, scaled to the largest total, labels escaped', () => {
    const svg = stackedBarChart([{ label: '区甲局', values: [1, 1] }, { label: 'A&B', values: [0, 4] }], SERIES, '各单位任务落实情况');
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 58" role="img" aria-label="各单位任务落实情况" class="bar-chart">' +
        '<g class="legend"><rect x="0" y="4" width="10" height="10" class="s1"/><text x="13" y="13">已销号</text><rect x="54" y="4" width="10" height="10" class="s2"/><text x="67" y="13">推进中</text></g>' +
        '<g class="labels" text-anchor="end"><text x="92" y="35">区甲局</text><text x="92" y="53">A&#38;B</text></g>' +
        '<path class="s1" stroke-width="12" d="M96 31h56"/>' +
        '<path class="s2" stroke-width="12" d="M152 31h56M96 49h224"/>' +
        '</svg>',
    );
  });

  it('draws no path for a series with nothing, and an empty chart without dividing by zero', () => {
    expect(stackedBarChart([{ label: '甲', values: [0, 0] }], SERIES, '图')).not.toContain('<path');
    expect(stackedBarChart([], SERIES, '图')).toContain('viewBox="0 0 320 22"');
  });
});
