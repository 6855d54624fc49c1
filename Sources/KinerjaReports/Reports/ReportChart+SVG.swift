import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportChart {
    /// The chart as an inline SVG element for HTML, its title (the caption) carrying the id `id`.
    ///
    /// Bars are drawn by ``BarChartDrawing`` (capaian against the reference), lines by ``LineChartDrawing``.
    func svg(id: String) -> String {
        switch self {
        case .bars(let caption, let items, let reference):
            BarChartDrawing(caption: caption, items: items, reference: reference).svg(id: id)
        case .lines(let caption, let categories, let series):
            LineChartDrawing(caption: caption, categories: categories, series: series).svg(id: id)
        }
    }
}
