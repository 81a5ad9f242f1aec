import { useId } from 'react';
import type { ReportCount } from '../../../../../api/src/reports/schemas.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { formatCalendarMonth } from '../../../i18n/dates.ts';

export type ChartSeries = { name: string; values: ReportCount[] };

/** Colours told apart by people with the common colour-vision differences (Okabe–Ito), each with a text legend. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'];

const HEIGHT = 180;
const TOP = 16;
const BOTTOM = 36;
const LEFT = 36;

/** A "<5" bar is drawn as if it were 2.5, striped, so it reads as small but not as any number. */
const SMALL = 2.5;
const valueOf = (count: ReportCount) => (count === '<5' ? SMALL : count === 'hidden' ? 0 : count);

/**
 * Grouped vertical bars in SVG, drawn from the report's published counts.
 * Hidden from screen readers: the table beside every chart has the same
 * figures, and is the one to read.
 */
export function BarChart({ labels, series, title }: { labels: string[]; series: ChartSeries[]; title: string }) {
  const patternId = useId();
  useTranslation();
  const max = Math.max(5, ...series.flatMap((s) => s.values.map(valueOf)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  // Wide enough for its label under it ("Sep 26", "25 and over") at the chart's own scale.
  const groupWidth = Math.max(56, series.length * 14 + 10);
  const width = LEFT + labels.length * groupWidth + 8;
  const barWidth = (groupWidth - 10) / series.length;
  const y = (value: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);

  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {series.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name}>
              <span className="chart__swatch" style={{ background: COLOURS[i % COLOURS.length] }} />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <svg className="chart__svg" viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
          <defs>
            <pattern id={patternId} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
              <rect width="2" height="4" fill="#6b7280" />
            </pattern>
          </defs>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
              <text x={LEFT - 4} y={y(tick) + 3} textAnchor="end" fontSize="9" fill="#374151">
                {tick}
              </text>
            </g>
          ))}
          {labels.map((label, g) => (
            <g key={label}>
              {series.map((s, i) => {
                const count = s.values[g] ?? 0;
                const value = valueOf(count);
                const x = LEFT + g * groupWidth + 5 + i * barWidth;
                return (
                  <g key={s.name}>
                    {value > 0 ? (
                      <rect x={x} y={y(value)} width={barWidth - 1} height={y(0) - y(value)} fill={count === '<5' ? `url(#${patternId})` : COLOURS[i % COLOURS.length]} />
                    ) : null}
                    {typeof count === 'string' ? (
                      <text x={x + barWidth / 2} y={y(value) - 2} textAnchor="middle" fontSize="7" fill="#111827">
                        {count === '<5' ? '<5' : '–'}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <text x={LEFT + g * groupWidth + groupWidth / 2} y={HEIGHT - BOTTOM + 12} textAnchor="middle" fontSize="9" fill="#374151">
                {shortLabel(label)}
              </text>
            </g>
          ))}
          <line x1={LEFT} x2={width} y1={y(0)} y2={y(0)} stroke="#374151" />
      </svg>
    </figure>
  );
}

function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
}

/** "2026-06" as "Jun 26" (in the page's language); other labels as they are, cut short. */
function shortLabel(label: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return formatCalendarMonth(label, 'short');
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}
