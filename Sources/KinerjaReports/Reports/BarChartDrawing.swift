import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Draws a bar chart of capaian as SVG: one horizontal bar per item, labelled with its value the Indonesian
/// way, against a dashed reference line (100 %).
///
/// The axis runs from 0 (or, when a value is negative, half the reference below 0) to one and a half times
/// the reference, in quarter-reference ticks. A value beyond the axis is drawn to its end with a break mark
/// and an arrow tip, and its label gives the real value, so 208,59 % neither dwarfs the other bars nor is
/// shown smaller than it is. Nothing depends on colour: every bar carries its value as text.
struct BarChartDrawing {
    /// The caption, which is also the chart's accessible name.
    var caption: String
    /// The bars.
    var items: [ReportChart.BarItem]
    /// The reference value, drawn as a dashed line.
    var reference: DecimalNumber

    // Layout, in tenths of a pixel.
    private let width = 7200
    private let labelLeft = 80
    private let labelCharacters = 36
    private let lineHeight = 150
    private let plotLeft = 2700
    private let plotRight = 6200
    private let top = 400
    private let barHeight = 160
    private let barColour = "#4a5a70"

    /// The value axis: quarter-reference ticks from 0 (or -½ reference) to 1½ reference.
    var axis: ChartAxis {
        let values = items.map(\.value)
        guard reference > .zero, let step = try? reference.dividing(by: DecimalNumber(4), scale: reference.scale + 2)
        else {
            return ChartAxis.covering(
                minimum: min(values.min() ?? .zero, reference, .zero), maximum: max(values.max() ?? .zero, reference))
        }
        let quarter = Self.trimmed(step)
        let hasNegative = values.contains { $0 < .zero }
        guard let twoSteps = try? quarter * DecimalNumber(2), let upper = try? reference + twoSteps else {
            return ChartAxis(lower: .zero, upper: reference, step: reference)
        }
        return ChartAxis(lower: hasNegative ? twoSteps.negated : .zero, upper: upper, step: quarter)
    }

    /// The chart as an `<svg>` element whose title has the id `id`.
    func svg(id: String) -> String {
        var canvas = SVGCanvas()
        canvas.title(caption, id: id)
        let axis = self.axis
        let length = plotRight - plotLeft
        func x(_ value: DecimalNumber) -> Int { plotLeft + axis.position(of: value, length: length) }
        let rows = items.map { SVGCanvas.wrapped($0.label, width: labelCharacters) }
        let heights = rows.map { max(300, $0.count * lineHeight + 140) }
        let bottom = top + heights.reduce(0, +) + (items.isEmpty ? 300 : 0)

        for tick in axis.ticks {
            canvas.line(x1: x(tick), y1: top - 60, x2: x(tick), y2: bottom, stroke: "#d4d4d4", width: 10)
            canvas.text(
                ReportTable.CellKind.percent.formatted(tick), x: x(tick), y: bottom + 190, anchor: "middle", size: 110)
        }
        let zero = x(.zero)
        canvas.line(x1: plotLeft, y1: bottom, x2: plotRight, y2: bottom, stroke: "#333333", width: 10)
        if items.isEmpty {
            canvas.text("Tidak ada data", x: (plotLeft + plotRight) / 2, y: top + 190, anchor: "middle")
        }
        var labels: [(text: String, x: Int, y: Int)] = []
        var rowTop = top
        for (index, item) in items.enumerated() {
            let centre = rowTop + heights[index] / 2
            let printed = ReportTable.CellKind.percent.formatted(item.value)
            canvas.raw("<g>")
            canvas.title("\(item.label): \(printed)")
            let firstBaseline = centre - (rows[index].count - 1) * lineHeight / 2 + 40
            for (line, text) in rows[index].enumerated() {
                canvas.text(text, x: labelLeft, y: firstBaseline + line * lineHeight)
            }
            let labelX = drawBar(item.value, centre: centre, axis: axis, zero: zero, on: &canvas, x: x)
            canvas.raw("</g>")
            labels.append((printed, labelX, centre + 40))
            rowTop += heights[index]
        }
        // The zero and reference lines go over the bars (the reference on a white line, so it shows on a bar),
        // and the value labels over everything, their white outline keeping them legible.
        canvas.line(x1: zero, y1: top - 60, x2: zero, y2: bottom, stroke: "#333333", width: 12)
        let referenceX = x(reference)
        canvas.line(x1: referenceX, y1: top - 100, x2: referenceX, y2: bottom, stroke: "#ffffff", width: 35)
        canvas.line(
            x1: referenceX, y1: top - 100, x2: referenceX, y2: bottom, stroke: "#000000", width: 15, dash: "5 3")
        canvas.text(
            ReportTable.CellKind.percent.formatted(reference), x: referenceX, y: top - 150, anchor: "middle", bold: true
        )
        for label in labels {
            canvas.text(label.text, x: label.x, y: label.y, bold: true, halo: true)
        }
        return canvas.svg(width: width, height: bottom + 300, labelledBy: id)
    }

    /// Draws one bar centred on `centre`: from zero to the value, capped at the axis with a break mark and an
    /// arrow tip when the value lies beyond it. Returns where its value label starts: after the bar, or after
    /// the zero line for a bar that runs left.
    private func drawBar(
        _ value: DecimalNumber, centre: Int, axis: ChartAxis, zero: Int, on canvas: inout SVGCanvas,
        x: (DecimalNumber) -> Int
    ) -> Int {
        let end = x(value)
        let barTop = centre - barHeight / 2
        let barBottom = barTop + barHeight
        let isAbove = value > axis.upper
        let isBelow = value < axis.lower
        if end != zero {
            canvas.rect(x: min(zero, end), y: barTop, width: abs(end - zero), height: barHeight, fill: barColour)
        }
        if isAbove || isBelow {
            let direction = isAbove ? 1 : -1
            canvas.polygon(
                [(end, barTop - 20), (end + direction * 100, centre), (end, barBottom + 20)], fill: barColour)
            for offset in [140, 200] {
                let breakX = end - direction * offset
                canvas.line(
                    x1: breakX - 30, y1: barBottom + 30, x2: breakX + 30, y2: barTop - 30, stroke: "#ffffff", width: 25)
            }
        }
        return value > .zero ? end + (isAbove ? 160 : 60) : zero + 60
    }

    /// `number` without trailing zeros after the point (25.00 → 25, 22.50 → 22.5).
    static func trimmed(_ number: DecimalNumber) -> DecimalNumber {
        for scale in 0..<number.scale {
            if let shorter = try? number.rounded(toScale: scale), shorter == number { return shorter }
        }
        return number
    }
}
