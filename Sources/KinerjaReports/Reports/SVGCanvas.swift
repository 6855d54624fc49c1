import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// An SVG drawing being written: elements in order, coordinates in whole tenths of a pixel.
///
/// Every text and attribute value is escaped; the output is well-formed XML that needs nothing from outside
/// (no fonts, images or links), so it can be inlined in an HTML file.
struct SVGCanvas {
    /// The font stack: fonts found on the reader's machine, never downloaded.
    static let fontFamily = "Noto Sans, DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

    /// The elements written so far.
    private(set) var elements: [String] = []

    /// A length in tenths of a pixel as SVG writes it: `12.5`, `-3`, `0`.
    static func number(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + "\(magnitude / 10)" + (magnitude % 10 == 0 ? "" : ".\(magnitude % 10)")
    }

    /// Adds an element written as is (for `<g>` and `</g>`).
    mutating func raw(_ element: String) { elements.append(element) }

    /// Adds a line from (`x1`, `y1`) to (`x2`, `y2`) with a stroke colour, width and optional dash pattern.
    mutating func line(
        x1: Int, y1: Int, x2: Int, y2: Int, stroke: String, width: Int = 10, dash: String? = nil
    ) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        elements.append(
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
                + "y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"\(dashAttribute)/>"
        )
    }

    /// Adds a filled rectangle.
    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: String) {
        elements.append(
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" "
                + "height=\"\(Self.number(height))\" fill=\"\(fill)\"/>")
    }

    /// Adds a closed polygon through `points`, filled, with an optional outline.
    mutating func polygon(_ points: [(x: Int, y: Int)], fill: String, stroke: String? = nil, width: Int = 10) {
        let outline = stroke.map { " stroke=\"\($0)\" stroke-width=\"\(Self.number(width))\"" } ?? ""
        elements.append("<polygon points=\"\(Self.points(points))\" fill=\"\(fill)\"\(outline)/>")
    }

    /// Adds an open line through `points`.
    mutating func polyline(_ points: [(x: Int, y: Int)], stroke: String, width: Int, dash: String?) {
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        elements.append(
            "<polyline points=\"\(Self.points(points))\" fill=\"none\" stroke=\"\(stroke)\" "
                + "stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\"\(dashAttribute)/>")
    }

    /// Adds a circle.
    mutating func circle(x: Int, y: Int, radius: Int, fill: String, stroke: String, width: Int = 10) {
        elements.append(
            "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\" "
                + "stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"/>")
    }

    /// Adds a line of text at (`x`, `y`), the baseline; `anchor` is `start`, `middle` or `end`. With `halo`
    /// the text gets a white outline so it stays readable over lines.
    mutating func text(
        _ content: String, x: Int, y: Int, anchor: String = "start", size: Int = 120, bold: Bool = false,
        halo: Bool = false
    ) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if size != 120 { attributes += " font-size=\"\(Self.number(size))\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        if halo { attributes += " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" }
        elements.append("<text \(attributes)>\(HTMLText.escaped(content))</text>")
    }

    /// Adds a `<title>`, which screen readers and a pointer hovering over the parent show.
    mutating func title(_ content: String, id: String? = nil) {
        let idAttribute = id.map { " id=\"\(HTMLText.escaped($0))\"" } ?? ""
        elements.append("<title\(idAttribute)>\(HTMLText.escaped(content))</title>")
    }

    /// The finished `<svg>` element, `width` × `height` tenths of a pixel, labelled by its first title.
    func svg(width: Int, height: Int, labelledBy id: String) -> String {
        let size = "\(Self.number(width)) \(Self.number(height))"
        let open =
            "<svg class=\"chart\" viewBox=\"0 0 \(size)\" width=\"\(Self.number(width))\" "
            + "height=\"\(Self.number(height))\" role=\"img\" aria-labelledby=\"\(HTMLText.escaped(id))\" "
            + "font-family=\"\(Self.fontFamily)\" font-size=\"12\" fill=\"#111111\">"
        return ([open] + elements + ["</svg>"]).joined(separator: "\n")
    }

    /// Splits `label` into lines of at most `width` characters at spaces; a longer word gets its own line.
    static func wrapped(_ label: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in label.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Points as SVG lists them: `x,y x,y`.
    private static func points(_ points: [(x: Int, y: Int)]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }
}
