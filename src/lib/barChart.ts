/**
 * A horizontal stacked bar chart as SVG text, written at build time (no chart library, nothing run
 * in the browser): one bar per row, its segments side by side, each series one `<path>` of lines
 * as thick as a bar for all rows (rather than a rectangle per segment, to keep a page within its
 * budget), a label before each bar, a legend above. The series are coloured by the page's CSS
 * (`className`); the figures are in the table beside it. Pure: text in, text out.
 */

/** One series: its name (for the legend) and the CSS class that colours it. */
export interface BarSeries {
  name: string;
  className: string;
}

/** One bar: its label, and a value per series (in the series' order). */
export interface Bar {
  label: string;
  values: readonly number[];
}

/** Sizes in SVG user units. */
const ROW = 18;
const BAR = 12;
const LABEL = 96;
const WIDTH = 320;
const LEGEND = 22;
/** The width of a Chinese character at the chart's font size (11px). */
const CHAR = 11;

/** `<`, `>`, `&` and `"` escaped for SVG text and attributes. */
function escape(text: string): string {
  return text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The chart: `bars` scaled to the largest total, `series` in the legend above them; `title` names
 * it for screen readers (role="img"), which read the table beside it for the figures.
 */
export function stackedBarChart(bars: readonly Bar[], series: readonly BarSeries[], title: string): string {
  const max = Math.max(1, ...bars.map((bar) => bar.values.reduce((sum, value) => sum + value, 0)));
  const scale = (WIDTH - LABEL) / max;
  const paths = series.map(() => [] as string[]);
  bars.forEach((bar, row) => {
    let x = LABEL;
    const y = LEGEND + row * ROW + ROW / 2;
    bar.values.forEach((value, index) => {
      if (value === 0) return;
      // A line as thick as the bar: half the text of a closed rectangle.
      paths[index]!.push(`M${Number(x.toFixed(1))} ${y}h${Number((value * scale).toFixed(1))}`);
      x += value * scale;
    });
  });
  const height = LEGEND + bars.length * ROW;
  // Each legend entry as wide as its words: a Chinese character takes about a font size (11).
  let at = 0;
  const legend = series.map((item) => {
    const entry = `<rect x="${at}" y="4" width="10" height="10" class="${item.className}"/><text x="${at + 13}" y="13">${escape(item.name)}</text>`;
    at += 13 + [...item.name].length * CHAR + 8;
    return entry;
  });
  const labels = bars.map((bar, row) => `<text x="${LABEL - 4}" y="${LEGEND + row * ROW + ROW - 5}">${escape(bar.label)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escape(title)}" class="bar-chart">`,
    `<g class="legend">${legend.join('')}</g>`,
    `<g class="labels" text-anchor="end">${labels.join('')}</g>`,
    ...series.map((item, index) => (paths[index]!.length === 0 ? '' : `<path class="${item.className}" stroke-width="${BAR}" d="${paths[index]!.join('')}"/>`)),
    '</svg>',
  ].join('');
}
