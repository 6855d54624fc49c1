import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Draws a line chart as SVG: one line per series over the categories (target and realisasi over the Renstra
/// years), each point labelled with its value the Indonesian way.
///
/// Series differ by dash pattern and marker shape as well as shade, so the chart reads in black and white;
/// a legend names them. A missing value leaves a gap in its line. At each category the highest value is
/// labelled above its point, the lowest below, any others to the right, so two close lines keep their labels
/// apart.
struct LineChartDrawing {
    /// The caption, which is also the chart's accessible name.
    var caption: String
    /// The categories along the horizontal axis.
    var categories: [String]
    /// The lines.
    var series: [ReportChart.Series]

    /// How one series is drawn.
    private struct Style {
        var stroke: String
        var dash: String?
        var marker: Marker
        var isFilled: Bool
    }

    /// A marker shape.
    private enum Marker { case circle, square, triangle, diamond }

    private static let styles: [Style] = [
        Style(stroke: "#111111", dash: nil, marker: .circle, isFilled: true),
        Style(stroke: "#4a5a70", dash: "7 4", marker: .square, isFilled: false),
        Style(stroke: "#333333", dash: "2 3", marker: .triangle, isFilled: true),
        Style(stroke: "#6b6b6b", dash: "9 3 2 3", marker: .diamond, isFilled: false),
    ]

    // Layout, in tenths of a pixel.
    private let width = 7200
    private let height = 3400
    private let plotLeft = 800
    private let plotRight = 7000
    private let plotTop = 700
    private let plotBottom = 2850

    /// The value of series `index` at category `category`, if it has one.
    private func value(_ index: Int, at category: Int) -> DecimalNumber? {
        let values = series[index].values
        return values.indices.contains(category) ? values[category] : nil
    }

    /// The value axis, covering every value.
    var axis: ChartAxis {
        let values = series.flatMap { $0.values.prefix(categories.count).compactMap { $0 } }
        return ChartAxis.covering(minimum: values.min() ?? .zero, maximum: values.max() ?? .zero)
    }

    /// The chart as an `<svg>` element whose title has the id `id`.
    func svg(id: String) -> String {
        var canvas = SVGCanvas()
        canvas.title(caption, id: id)
        let axis = self.axis
        func y(_ value: DecimalNumber) -> Int { plotBottom - axis.position(of: value, length: plotBottom - plotTop) }
        func x(_ category: Int) -> Int {
            plotLeft + (plotRight - plotLeft) * (2 * category + 1) / (2 * max(categories.count, 1))
        }

        for tick in axis.ticks {
            canvas.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), stroke: "#d4d4d4", width: 10)
            canvas.text(tick.indonesian(), x: plotLeft - 80, y: y(tick) + 40, anchor: "end", size: 110)
        }
        canvas.line(x1: plotLeft, y1: plotTop - 100, x2: plotLeft, y2: plotBottom, stroke: "#333333")
        canvas.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#333333")
        for (index, category) in categories.enumerated() {
            canvas.line(x1: x(index), y1: plotBottom, x2: x(index), y2: plotBottom + 60, stroke: "#333333")
            canvas.text(category, x: x(index), y: plotBottom + 340, anchor: "middle")
        }
        if categories.isEmpty || series.allSatisfy({ $0.values.allSatisfy { $0 == nil } }) {
            canvas.text(
                "Tidak ada data", x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2, anchor: "middle")
        }
        drawLegend(on: &canvas)
        for index in series.indices {
            let style = Self.styles[index % Self.styles.count]
            canvas.raw("<g>")
            canvas.title(series[index].name)
            var run: [(x: Int, y: Int)] = []
            for category in categories.indices {
                if let value = value(index, at: category) {
                    run.append((x(category), y(value)))
                } else {
                    if run.count > 1 { canvas.polyline(run, stroke: style.stroke, width: 22, dash: style.dash) }
                    run = []
                }
            }
            if run.count > 1 { canvas.polyline(run, stroke: style.stroke, width: 22, dash: style.dash) }
            for category in categories.indices {
                guard let value = value(index, at: category) else { continue }
                drawMarker(style, x: x(category), y: y(value), on: &canvas)
            }
            canvas.raw("</g>")
        }
        drawValueLabels(on: &canvas, x: x, y: y)
        return canvas.svg(width: width, height: height, labelledBy: id)
    }

    /// Writes each point's value: the highest at a category above its point, the lowest below, others right.
    private func drawValueLabels(on canvas: inout SVGCanvas, x: (Int) -> Int, y: (DecimalNumber) -> Int) {
        for category in categories.indices {
            let present = series.indices.compactMap { index in value(index, at: category).map { (index, $0) } }
            let ordered = present.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
            for (rank, entry) in ordered.enumerated() {
                let pointY = y(entry.1)
                if rank == 0 {
                    canvas.text(entry.1.indonesian(), x: x(category), y: pointY - 110, anchor: "middle", halo: true)
                } else if rank == ordered.count - 1 {
                    canvas.text(entry.1.indonesian(), x: x(category), y: pointY + 200, anchor: "middle", halo: true)
                } else {
                    canvas.text(entry.1.indonesian(), x: x(category) + 90, y: pointY + 40, halo: true)
                }
            }
        }
    }

    /// Draws the legend along the top: each series' line sample with its marker, then its name.
    private func drawLegend(on canvas: inout SVGCanvas) {
        var left = plotLeft
        for (index, line) in series.enumerated() {
            let style = Self.styles[index % Self.styles.count]
            canvas.line(x1: left, y1: 250, x2: left + 360, y2: 250, stroke: style.stroke, width: 22, dash: style.dash)
            drawMarker(style, x: left + 180, y: 250, on: &canvas)
            canvas.text(line.name, x: left + 440, y: 290)
            left += 440 + line.name.count * 70 + 400
        }
    }

    /// Draws a marker of `style` centred on (`x`, `y`).
    private func drawMarker(_ style: Style, x: Int, y: Int, on canvas: inout SVGCanvas) {
        let fill = style.isFilled ? style.stroke : "#ffffff"
        switch style.marker {
        case .circle: canvas.circle(x: x, y: y, radius: 45, fill: fill, stroke: style.stroke, width: 18)
        case .square:
            canvas.polygon(
                [(x - 42, y - 42), (x + 42, y - 42), (x + 42, y + 42), (x - 42, y + 42)], fill: fill,
                stroke: style.stroke, width: 18)
        case .triangle:
            canvas.polygon(
                [(x, y - 55), (x + 50, y + 35), (x - 50, y + 35)], fill: fill, stroke: style.stroke, width: 18)
        case .diamond:
            canvas.polygon(
                [(x, y - 55), (x + 55, y), (x, y + 55), (x - 55, y)], fill: fill, stroke: style.stroke, width: 18)
        }
    }
}
