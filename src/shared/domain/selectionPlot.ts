import { codeAt, type CurrencyPoints } from './selection';

/*
 * How the customer-selection chart places its points: pure, so the end-to-end test
 * can find a point on the canvas where the page draws it.
 */

/** What the points are coloured by: both are one-digit codes in SelectionPoints. */
export type ColourBy = 'tier' | 'lifecycle';

/** One ECharts series: points of one colour and one size, as a flat [x, y, x, y, …]. */
export interface PlotSeries {
  /** The tier or lifecycle index the colour stands for. */
  group: number;
  /** 0 (cheapest to serve) to 3. */
  sizeBand: number;
  xy: Float64Array;
  /** For each point of the series, its position in the currency's columns. */
  members: number[];
}

export interface Plot {
  series: PlotSeries[];
  /** How many points are placed: positions 0 to shown - 1, most profit potential first. */
  shown: number;
  /** Upper bounds of the cost-to-serve bands below the top one. */
  costBands: number[];
  /** Points without a profit potential (the last ones): they cannot be placed. */
  unplaced: number;
  /** The y axis' top: a round number at or above the largest profit potential. */
  yMax: number;
}

export const SIZE_BANDS = 4;

/** The plot area's margins in pixels, fixed so axis labels never shift the points. */
export const GRID = { top: 48, bottom: 64, start: 88, end: 24 };
export const CHART_HEIGHT = 440;

/**
 * Where in its style's band a point sits: spread by the golden ratio over the middle
 * 60% of the band, so points of one style do not hide each other, and a point keeps
 * its place between renders (it depends only on its position in the columns).
 */
export const jitter = (position: number): number => (((position * 0.6180339887) % 1) - 0.5) * 0.6;

const GROUPS: Record<ColourBy, number> = { tier: 3, lifecycle: 4 };

/**
 * The points of one currency, as the core orders them (most profit potential first,
 * those without one last). Series are filled by index, not looked up by key: at 94k
 * points the work is a pass over the columns and one sort of the costs.
 */
export function plot(points: CurrencyPoints, colourBy: ColourBy): Plot {
  const placed = points.profit.indexOf(null);
  const shown = placed === -1 ? points.profit.length : placed;
  const costBands = quartiles(
    shown === points.cost.length ? points.cost : points.cost.slice(0, shown),
  );
  const buckets: number[][] = Array.from({ length: GROUPS[colourBy] * SIZE_BANDS }, () => []);
  for (let i = 0; i < shown; i++) {
    const band = bandOf(points.cost[i] ?? 0, costBands);
    buckets[codeAt(points, i, colourBy) * SIZE_BANDS + band]!.push(i);
  }
  const series = buckets.flatMap((members, k) =>
    members.length === 0
      ? []
      : [
          {
            group: Math.floor(k / SIZE_BANDS),
            sizeBand: k % SIZE_BANDS,
            members,
            xy: coordinates(points, members),
          },
        ],
  );
  const top = shown > 0 ? points.profit[0]! : 0;
  return { series, shown, costBands, unplaced: points.profit.length - shown, yMax: roundUp(top) };
}

function coordinates(points: CurrencyPoints, members: number[]): Float64Array {
  const xy = new Float64Array(members.length * 2);
  members.forEach((i, k) => {
    xy[k * 2] = codeAt(points, i, 'style') + jitter(i);
    xy[k * 2 + 1] = points.profit[i]!;
  });
  return xy;
}

function quartiles(values: (number | null)[]): number[] {
  if (values.length === 0) return [];
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) sorted[i] = values[i] ?? 0;
  sorted.sort();
  return [1, 2, 3].map((q) => sorted[Math.floor((q * (sorted.length - 1)) / SIZE_BANDS)]!);
}

function bandOf(cost: number, bands: number[]): number {
  const above = bands.findIndex((limit) => cost <= limit);
  return above === -1 ? bands.length : above;
}

const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** A round number at or above the value, not far above it: 2,130,000 becomes 2,500,000. */
export function roundUp(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return (STEPS.find((m) => m * power >= value) ?? 10) * power;
}
