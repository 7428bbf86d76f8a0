import type { SelectionPoints } from './selection';

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
  /** For each point of the series, its position in SelectionPoints' columns. */
  members: number[];
}

export interface Plot {
  series: PlotSeries[];
  /** The shown points' positions, most profit potential first. */
  byProfit: number[];
  /** Upper bounds of the cost-to-serve bands below the top one. */
  costBands: number[];
  /** Points in this currency without a profit potential: they cannot be placed. */
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

/** The points of one currency (amounts in different currencies cannot share an axis). */
export function plot(points: SelectionPoints, currency: number, colourBy: ColourBy): Plot {
  const shown: number[] = [];
  let unplaced = 0;
  for (let i = 0; i < points.ids.length; i++) {
    if (points.currency[i] !== currency) continue;
    if (points.profit[i] === null) unplaced++;
    else shown.push(i);
  }
  const costBands = quartiles(shown.map((i) => points.cost[i] ?? 0));
  const groups = new Map<string, { group: number; sizeBand: number; members: number[] }>();
  for (const i of shown) {
    const group = points[colourBy][i]!;
    const sizeBand = bandOf(points.cost[i] ?? 0, costBands);
    const key = `${group}:${sizeBand}`;
    let series = groups.get(key);
    if (!series) groups.set(key, (series = { group, sizeBand, members: [] }));
    series.members.push(i);
  }
  const series = [...groups.values()]
    .sort((a, b) => a.group - b.group || a.sizeBand - b.sizeBand)
    .map((s) => ({ ...s, xy: coordinates(points, s.members) }));
  const byProfit = [...shown].sort((a, b) => points.profit[b]! - points.profit[a]!);
  const top = byProfit.length > 0 ? points.profit[byProfit[0]!]! : 0;
  return { series, byProfit, costBands, unplaced, yMax: roundUp(top) };
}

function coordinates(points: SelectionPoints, members: number[]): Float64Array {
  const xy = new Float64Array(members.length * 2);
  members.forEach((i, k) => {
    xy[k * 2] = points.style[i]! + jitter(i);
    xy[k * 2 + 1] = points.profit[i]!;
  });
  return xy;
}

function quartiles(values: number[]): number[] {
  if (values.length === 0) return [];
  const sorted = Float64Array.from(values).sort();
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
