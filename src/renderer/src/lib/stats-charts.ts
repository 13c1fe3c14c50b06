// The five statistics charts as data: for each, a Chart.js configuration (given the theme's
// colours), a sentence that says what it shows (the canvas's accessible name) and a table of
// the same numbers for screen readers.
import type { ChartConfiguration, ChartType } from 'chart.js';
import type { StudyStats } from '../../../shared/study';
import type { ChartColors } from './chart-setup';
import { referenceLine } from './chart-setup';
import { shortDay } from './charts';

export interface DataTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface StatChartSpec {
  readonly key: string;
  readonly title: string;
  readonly sub: string;
  readonly label: string;
  readonly table: DataTable;
  readonly height: number;
  /** Said over the plot when there is nothing to draw yet. */
  readonly empty: string | null;
  readonly config: (colors: ChartColors, animate: boolean) => ChartConfiguration<ChartType>;
}

const pct = (v: number | null): string => (v === null ? '—' : `${Math.round(v * 100)}%`);
const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Options every chart shares: theme colours for text and grid, fonts, motion. */
function base(colors: ChartColors, animate: boolean, legend: boolean) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 350 } : (false as const),
    color: colors.text2,
    font: { family: colors.font, size: 12 },
    plugins: {
      legend: { display: legend, position: 'top' as const, align: 'end' as const, labels: { color: colors.text2, boxWidth: 10, boxHeight: 10, useBorderRadius: true, borderRadius: 2, usePointStyle: true, font: { family: colors.font, size: 12 } } },
      tooltip: { backgroundColor: colors.text, titleColor: colors.surface, bodyColor: colors.surface, titleFont: { family: colors.font }, bodyFont: { family: colors.font } },
    },
  };
}

function axis(colors: ChartColors, options: { title?: string; stacked?: boolean; max?: number; percent?: boolean; grid?: boolean; integer?: boolean } = {}) {
  return {
    stacked: options.stacked ?? false,
    beginAtZero: true,
    ...(options.max !== undefined && { max: options.max }),
    grid: { color: colors.grid, display: options.grid ?? true, drawTicks: false },
    border: { color: colors.border },
    ticks: {
      color: colors.text2,
      padding: 6,
      font: { family: colors.font, size: 11.5 },
      ...(options.integer && { precision: 0 }),
      ...(options.percent && { stepSize: 25, callback: (v: string | number) => `${v}%` }),
    },
    title: { display: options.title !== undefined, text: options.title ?? '', color: colors.text2, font: { family: colors.font, size: 12 } },
  };
}

function dayAxis(colors: ChartColors, stacked = false) {
  return { ...axis(colors, { stacked, grid: false }), ticks: { color: colors.text2, maxRotation: 0, autoSkip: true, maxTicksLimit: 8, font: { family: colors.font, size: 11.5 } } };
}

export function reviewsChart(stats: StudyStats): StatChartSpec {
  const sum = (k: 'again' | 'hard' | 'good' | 'easy') => stats.reviews.reduce((n, r) => n + r[k], 0);
  const totals = stats.reviews.map((r) => ({ day: r.day, n: r.again + r.hard + r.good + r.easy }));
  const all = totals.reduce((n, d) => n + d.n, 0);
  const days = totals.filter((d) => d.n > 0).length;
  const peak = totals.reduce((best, d) => (d.n > best.n ? d : best), { day: '', n: 0 });
  const label =
    `Reviews per day over the last ${stats.reviews.length} days: ${plural(all, 'review', 'reviews')} on ${plural(days, 'day', 'days')}; ` +
    `${sum('again')} Again, ${sum('hard')} Hard, ${sum('good')} Good, ${sum('easy')} Easy` +
    (peak.n ? `; most on ${shortDay(peak.day)} (${peak.n}).` : '.');
  return {
    key: 'reviews',
    title: 'Reviews per day',
    sub: `Last ${stats.reviews.length} days, by grade`,
    label,
    height: 190,
    empty: all === 0 ? 'No reviews yet in this period.' : null,
    table: {
      caption: 'Reviews per day by grade',
      head: ['Day', 'Again', 'Hard', 'Good', 'Easy'],
      rows: stats.reviews.filter((r) => r.again + r.hard + r.good + r.easy > 0).map((r) => [shortDay(r.day), `${r.again}`, `${r.hard}`, `${r.good}`, `${r.easy}`]),
    },
    config: (c, animate) => ({
      type: 'bar',
      data: {
        labels: stats.reviews.map((r) => shortDay(r.day)),
        datasets: [
          { label: 'Again', data: stats.reviews.map((r) => r.again), backgroundColor: c.again, borderRadius: 2 },
          { label: 'Hard', data: stats.reviews.map((r) => r.hard), backgroundColor: c.hard, borderRadius: 2 },
          { label: 'Good', data: stats.reviews.map((r) => r.good), backgroundColor: c.good, borderRadius: 2 },
          { label: 'Easy', data: stats.reviews.map((r) => r.easy), backgroundColor: c.easy, borderRadius: 2 },
        ],
      },
      options: { ...base(c, animate, true), scales: { x: dayAxis(c, true), y: axis(c, { stacked: true, title: 'Reviews', integer: true }) } },
    }),
  };
}

export function retentionChart(stats: StudyStats): StatChartSpec {
  const known = stats.retention.filter((d) => d.value !== null).map((d) => d.value!);
  const mean = known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
  const desired = Math.round(stats.desiredRetention * 100);
  const label =
    mean === null
      ? `True retention over time: no reviews of cards in review in the last ${stats.retention.length} days yet. Desired retention ${desired}%.`
      : `True retention over time: on average ${Math.round(mean * 100)}% recalled over ${plural(known.length, 'day', 'days')} with reviews, against a desired ${desired}%.`;
  return {
    key: 'retention',
    title: 'Retention',
    sub: 'Share of review cards recalled each day',
    label,
    height: 190,
    empty: mean === null ? 'No reviews of cards in review yet: retention shows once cards come back for review.' : null,
    table: {
      caption: `True retention per day (desired ${desired}%)`,
      head: ['Day', 'Recalled'],
      rows: stats.retention.filter((d) => d.value !== null).map((d) => [shortDay(d.day), pct(d.value)]),
    },
    config: (c, animate) => ({
      type: 'line',
      data: {
        labels: stats.retention.map((d) => shortDay(d.day)),
        datasets: [
          {
            label: 'Recalled',
            data: stats.retention.map((d) => (d.value === null ? null : Math.round(d.value * 1000) / 10)),
            borderColor: c.accent,
            backgroundColor: c.accent,
            pointRadius: 3,
            borderWidth: 2,
            spanGaps: true,
            tension: 0.25,
          },
          {
            label: `Desired ${desired}%`,
            data: stats.retention.map(() => desired),
            borderColor: c.text2,
            backgroundColor: c.text2,
            borderDash: [5, 4],
            borderWidth: 1.5,
            pointRadius: 0,
            pointStyle: 'line',
          },
        ],
      },
      options: { ...base(c, animate, true), scales: { x: dayAxis(c), y: axis(c, { max: 100, percent: true }) } },
    }),
  };
}

export function forecastChart(stats: StudyStats): StatChartSpec {
  const total = stats.forecast.reduce((n, d) => n + d.value, 0);
  const today = stats.forecast[0]?.value ?? 0;
  const peak = stats.forecast.reduce((best, d) => (d.value > best.value ? d : best), { day: '', value: 0 });
  const label = `Due forecast for the next ${stats.forecast.length} days: ${plural(total, 'card', 'cards')}, ${today} today${peak.value ? `; the busiest day is ${shortDay(peak.day)} with ${peak.value}` : ''}.`;
  return {
    key: 'forecast',
    title: 'Due forecast',
    sub: `Cards coming due, next ${stats.forecast.length} days`,
    label,
    height: 190,
    empty: total === 0 ? 'No cards coming due in this period.' : null,
    table: { caption: 'Cards due per day', head: ['Day', 'Cards due'], rows: stats.forecast.filter((d) => d.value > 0).map((d) => [shortDay(d.day), `${d.value}`]) },
    config: (c, animate) => ({
      type: 'bar',
      data: { labels: stats.forecast.map((d) => shortDay(d.day)), datasets: [{ label: 'Cards due', data: stats.forecast.map((d) => d.value), backgroundColor: c.accent, borderRadius: 2 }] },
      options: { ...base(c, animate, false), scales: { x: dayAxis(c), y: axis(c, { title: 'Cards due', integer: true }) } },
    }),
  };
}

export function statesChart(stats: StudyStats): StatChartSpec {
  const s = stats.states;
  const rows: [string, number, keyof ChartColors][] = [
    ['New', s.new, 'easy'],
    ['Learning', s.learning, 'hard'],
    ['Review', s.review, 'good'],
    ['Relearning', s.relearning, 'again'],
    ['Suspended', s.suspended, 'border'],
  ];
  return {
    key: 'states',
    title: 'Card states',
    sub: 'Cards in study, by where they are in the schedule',
    label: `Card states: ${s.new} new, ${s.learning} learning, ${s.review} review, ${s.relearning} relearning, ${s.suspended} suspended.`,
    height: 170,
    empty: rows.every(([, n]) => n === 0) ? 'No cards in study yet.' : null,
    table: { caption: 'Cards by state', head: ['State', 'Cards'], rows: rows.map(([name, n]) => [name, `${n}`]) },
    config: (c, animate) => ({
      type: 'bar',
      data: { labels: rows.map(([name]) => name), datasets: [{ label: 'Cards', data: rows.map(([, n]) => n), backgroundColor: rows.map(([, , color]) => c[color]), borderRadius: 3, barPercentage: 0.7 }] },
      options: { ...base(c, animate, false), indexAxis: 'y', scales: { x: axis(c, { title: 'Cards', integer: true }), y: { ...axis(c, { grid: false }), ticks: { color: c.text, font: { family: c.font, size: 12 } } } } },
    }),
  };
}

const MAX_ARTICLES = 12;
const short = (title: string) => (title.length > 38 ? `${title.slice(0, 36).trimEnd()}…` : title);

export function articleRetentionChart(stats: StudyStats): StatChartSpec {
  const desired = Math.round(stats.desiredRetention * 100);
  const shown = stats.perArticle.slice(0, MAX_ARTICLES);
  const rest = stats.perArticle.length - shown.length;
  const words = shown.slice(0, 5).map((a) => `${a.title} ${a.retention === null ? 'no reviews of cards in review yet' : pct(a.retention)} (${plural(a.reviews, 'review', 'reviews')})`);
  const label = stats.perArticle.length
    ? `Retention per article over the last ${stats.reviews.length} days, against a desired ${desired}%: ${words.join('; ')}${stats.perArticle.length > 5 ? `; and ${stats.perArticle.length - 5} more` : ''}.`
    : `Retention per article: no article has reviews in the last ${stats.reviews.length} days. Desired retention ${desired}%.`;
  return {
    key: 'articles',
    title: 'Retention per article',
    sub: `Most reviewed first${rest > 0 ? `; top ${MAX_ARTICLES} of ${stats.perArticle.length}` : ''}. The dashed line is the desired ${desired}%.`,
    label,
    height: Math.max(170, 56 + shown.length * 30),
    empty: shown.every((a) => a.retention === null) ? 'No reviews of cards in review yet: an article’s retention shows once its cards come back for review.' : null,
    table: {
      caption: `Retention per article (desired ${desired}%)`,
      head: ['Article', 'Retention', 'Reviews'],
      rows: stats.perArticle.map((a) => [a.title, pct(a.retention), `${a.reviews}`]),
    },
    config: (c, animate) => ({
      type: 'bar',
      data: {
        labels: shown.length ? shown.map((a) => short(a.title)) : ['No reviews yet'],
        datasets: [
          {
            label: 'Retention',
            data: shown.length ? shown.map((a) => (a.retention === null ? null : Math.round(a.retention * 1000) / 10)) : [null],
            backgroundColor: shown.map((a) => (a.retention !== null && a.retention * 100 < desired ? c.hard : c.good)),
            borderRadius: 3,
            barPercentage: 0.7,
          },
        ],
      },
      options: {
        ...base(c, animate, false),
        indexAxis: 'y',
        scales: { x: axis(c, { max: 100, percent: true }), y: { ...axis(c, { grid: false }), ticks: { color: c.text, font: { family: c.font, size: 12 } } } },
        plugins: {
          ...base(c, animate, false).plugins,
          tooltip: {
            ...base(c, animate, false).plugins.tooltip,
            callbacks: {
              title: (items) => shown[items[0]?.dataIndex ?? 0]?.title ?? '',
              label: (item) => {
                const a = shown[item.dataIndex];
                return a ? `${pct(a.retention)} recalled, ${plural(a.reviews, 'review', 'reviews')}` : '';
              },
            },
          },
        },
      },
      plugins: [referenceLine(desired, `desired ${desired}%`, c.text2, 'x')],
    }),
  };
}
