// Chart.js for the statistics: only the pieces the charts use are registered, colours come from
// the theme's CSS variables, and motion follows `prefers-reduced-motion`. Chart.js draws on
// canvas without eval, which the CSP (script-src 'self') requires.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };

/** The theme's colours, as the charts need them. */
export interface ChartColors {
  readonly text: string;
  readonly text2: string;
  readonly grid: string;
  readonly surface: string;
  readonly accent: string;
  readonly again: string;
  readonly hard: string;
  readonly good: string;
  readonly easy: string;
  readonly ok: string;
  readonly danger: string;
  readonly border: string;
  readonly font: string;
}

/** Reads the colours of the theme now applied to <html>. */
export function readChartColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1d1f22'),
    text2: v('--text-2', '#52575e'),
    grid: v('--chart-grid', '#e8e5df'),
    surface: v('--surface', '#ffffff'),
    accent: v('--accent', '#2b5c8a'),
    again: v('--grade-again', '#c0504d'),
    hard: v('--grade-hard', '#d99a3e'),
    good: v('--grade-good', '#4f8a5b'),
    easy: v('--grade-easy', '#3f74a6'),
    ok: v('--ok', '#2f6b3a'),
    danger: v('--danger', '#a3302a'),
    border: v('--border-strong', '#cfcbc3'),
    font: v('--font-ui', 'system-ui, sans-serif'),
  };
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A dashed reference line across the plot at `value` on the value axis, with a small label
 * (the desired retention on the per-article chart). */
export function referenceLine(value: number, label: string, color: string, axis: 'x' | 'y'): Plugin {
  return {
    id: 'referenceLine',
    afterDatasetsDraw(chart) {
      const scale = chart.scales[axis];
      if (!scale) return;
      const { ctx, chartArea } = chart;
      const at = scale.getPixelForValue(value);
      ctx.save();
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      if (axis === 'x') {
        ctx.moveTo(at, chartArea.top);
        ctx.lineTo(at, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, at);
        ctx.lineTo(chartArea.right, at);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `600 11px ${Chart.defaults.font.family ?? 'sans-serif'}`;
      if (axis === 'x') {
        ctx.textAlign = 'right';
        ctx.textBaseline = 'top';
        ctx.fillText(label, at - 4, chartArea.top + 2);
      } else {
        ctx.textAlign = 'right';
        ctx.textBaseline = 'bottom';
        ctx.fillText(label, chartArea.right, at - 3);
      }
      ctx.restore();
    },
  };
}
