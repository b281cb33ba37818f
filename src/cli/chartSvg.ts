/**
 * A report's bar chart drawn for the .docx: an SVG built here as a string (bars grouped by
 * category, a bar per series, a legend, values in Thai digits over the bars), rasterised to PNG by
 * resvg (node only; never in the Apps Script bundle, where Google's Charts service draws it).
 * Sized to be read at 16 cm, the text width of a portrait A4 page: 1,200 px wide, about 190 dpi.
 */
import { Resvg } from '@resvg/resvg-js';
import type { BarChart } from '../core/document/model';
import { formatAmount } from '../shared/numbers';

export const CHART_WIDTH_PX = 1200;
export const CHART_HEIGHT_PX = 720;
/** How wide the chart is printed. */
export const CHART_WIDTH_CM = 16;

/** Bar colours: dark blue, orange, green, grey — told apart in greyscale print too. */
const COLOURS = ['#1f4e79', '#ed7d31', '#548235', '#7f7f7f'];

/**
 * Thai fonts offices and systems have, tried in order after the document's own font: resvg draws
 * with the first one installed (Windows, macOS, Linux TLWG and Noto), so a missing font is never a
 * chart of empty boxes while any Thai font is there.
 */
export const THAI_FONT_FALLBACKS = [
  'TH Sarabun New',
  'Sarabun',
  'TH SarabunPSK',
  'Noto Sans Thai',
  'Noto Sans Thai UI',
  'Leelawadee UI',
  'Leelawadee',
  'Tahoma',
  'Thonburi',
  'Garuda',
  'Loma',
  'Norasi',
  'Kinnari',
];

/**
 * Text as the SVG gets it: XML-escaped, and SARA AM (ำ) written as its two parts, NIKHAHIT and
 * SARA AA (after any tone mark: "น้ำ" → น ํ ้ า): resvg's shaping of ำ with the TLWG fonts draws its
 * า over the next letter ("ดำเนิน"), the two parts draw right in every font.
 */
const escapeXml = (text: string) =>
  text
    .replace(/([\u0e48-\u0e4b]?)\u0e33/g, '\u0e4d$1\u0e32')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The font-family list: the document's font first, then the Thai fallbacks, then any sans-serif. */
export function fontFamilies(font: string): string {
  const names = [font, ...THAI_FONT_FALLBACKS.filter((f) => f !== font)];
  return [...names.map((n) => `'${n.replace(/['"\\<>&]/g, '')}'`), 'sans-serif'].join(', ');
}

/** A round step for about five gridlines up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Math.max(step, Number.isInteger(max) ? 1 : step);
}

/** Rough width of Thai text in px: its base characters at about half the font size (marks take none). */
const textWidth = (text: string, size: number) =>
  text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '').length * size * 0.5;

/** The chart as an SVG document, labels and values in Thai digits. */
export function barChartSvg(chart: BarChart, font: string): string {
  const W = CHART_WIDTH_PX;
  const H = CHART_HEIGHT_PX;
  const number = (v: number) => formatAmount(v, 'auto', 'thai');
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const tickSize = 26;
  const left = 30 + Math.max(...ticks.map((t) => textWidth(number(t), tickSize)));
  const plot = { left, right: W - 30, top: 170, bottom: H - 80 };
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  const out: string[] = [];
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(
    `<text x="${W / 2}" y="52" font-size="38" font-weight="bold" text-anchor="middle">${escapeXml(chart.title)}</text>`,
  );
  out.push(...legend(chart, W));
  out.push(
    `<text x="${plot.left}" y="${plot.top - 24}" font-size="${tickSize}" text-anchor="start">${escapeXml(chart.valueLabel)}</text>`,
  );
  for (const t of ticks) {
    out.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y(t)}" y2="${y(t)}" stroke="#d9d9d9" stroke-width="2"/>`,
    );
    out.push(
      `<text x="${plot.left - 12}" y="${y(t) + 9}" font-size="${tickSize}" text-anchor="end">${number(t)}</text>`,
    );
  }
  const n = Math.max(1, chart.categories.length);
  const group = (plot.right - plot.left) / n;
  const bar = (group * 0.7) / Math.max(1, chart.series.length);
  chart.categories.forEach((category, c) => {
    const x0 = plot.left + group * c + group * 0.15;
    chart.series.forEach((s, k) => {
      const v = s.values[c] ?? 0;
      const x = x0 + bar * k;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(bar - 4).toFixed(1)}" height="${(plot.bottom - y(v)).toFixed(1)}" fill="${COLOURS[k % COLOURS.length]}"/>`,
      );
      out.push(
        `<text x="${(x + (bar - 4) / 2).toFixed(1)}" y="${(y(v) - 10).toFixed(1)}" font-size="28" text-anchor="middle">${number(v)}</text>`,
      );
    });
    const size = Math.min(30, (group * 0.95) / Math.max(1, textWidth(category, 1)));
    out.push(
      `<text x="${(plot.left + group * (c + 0.5)).toFixed(1)}" y="${plot.bottom + 44}" font-size="${size.toFixed(1)}" text-anchor="middle">${escapeXml(category)}</text>`,
    );
  });
  out.push(
    `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#404040" stroke-width="3"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${fontFamilies(font)}" fill="#000000">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<desc>${escapeXml(chart.description)}</desc>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** One swatch and name per series, centred under the title. */
function legend(chart: BarChart, width: number): string[] {
  const size = 28;
  const items = chart.series.map((s) => ({ name: s.name, width: 44 + textWidth(s.name, size) + 40 }));
  let x = (width - items.reduce((a, i) => a + i.width, 0)) / 2;
  return items.flatMap((item, k) => {
    const parts = [
      `<rect x="${x.toFixed(1)}" y="88" width="30" height="30" fill="${COLOURS[k % COLOURS.length]}"/>`,
      `<text x="${(x + 42).toFixed(1)}" y="113" font-size="${size}">${escapeXml(item.name)}</text>`,
    ];
    x += item.width;
    return parts;
  });
}

/** The chart as a PNG, drawn with the system's fonts (the document's font when installed, else a Thai fallback). */
export function barChartPng(chart: BarChart, font: string): Buffer {
  const resvg = new Resvg(barChartSvg(chart, font), {
    font: { loadSystemFonts: true },
    fitTo: { mode: 'width', value: CHART_WIDTH_PX },
  });
  return resvg.render().asPng();
}
