"""Paid and pro-bono hours per month as one reportlab Drawing (window and exports alike)."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from coachdesk.core import formatting
from coachdesk.core.formatting import last_months as last_months  # re-exported
from coachdesk.core.records import HoursRow
from coachdesk.i18n import Lang, tr
from coachdesk.report.chart_kit import rect, theme
from coachdesk.report.fonts import register_fonts


def hours_chart(
    rows: list[HoursRow],
    months: list[str],
    lang: Lang,
    width: float = 520,
    height: float = 200,
    dark: bool = False,
) -> Drawing:
    family = register_fonts()
    t = theme(dark)
    by_key = {r.key: r for r in rows}
    paid = [round(by_key[m].paid_hours, 2) if m in by_key else 0 for m in months]
    free = [round(by_key[m].pro_bono_hours, 2) if m in by_key else 0 for m in months]
    drawing = Drawing(width, height)
    drawing.add(rect(0, 0, width, height, fillColor=t.background, strokeColor=None))
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 34
    chart.width, chart.height = int(width - 48), int(height - 62)
    chart.data = [paid, free]
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor = t.series[0]
    chart.bars[1].fillColor = t.series[1]
    chart.bars.strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = family
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = t.muted
    chart.valueAxis.strokeColor = t.axis
    chart.valueAxis.gridStrokeColor = t.grid
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = lambda v: formatting.number(v, lang, 0)
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = t.muted
    chart.categoryAxis.strokeColor = t.axis
    chart.categoryAxis.categoryNames = [
        formatting.short_date(date(int(m[:4]), int(m[5:]), 1), lang, weekday=False).split(" ")[1]
        for m in months
    ]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 36, int(height - 10)
    legend.fontName, legend.fontSize = family, 8
    legend.fillColor = t.text
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 110
    legend.colorNamePairs = [
        (t.series[0], tr("report.col.paid_hours", lang)),
        (t.series[1], tr("report.col.pro_bono_hours", lang)),
    ]
    drawing.add(legend)
    total = sum(paid) + sum(free)
    drawing.add(
        String(
            width - 8,
            height - 14,
            f"{tr('report.total', lang)}: {formatting.number(total, lang)}",
            fontName=family,
            fontSize=8,
            fillColor=t.text,
            textAnchor="end",
        )
    )
    return drawing
