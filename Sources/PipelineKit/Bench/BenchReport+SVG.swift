import Foundation

extension BenchReport {
    /// The log–log chart as a self-contained SVG document a browser opens: medians with
    /// min–max whiskers, the best class's fitted curve, O(n) and O(n²) references through the
    /// largest size's point, decade ticks with labels on both axes, a legend, and the verdict.
    public func svg(width: Int = 640, height: Int = 420) -> String {
        let scales = chartScales
        let left = 78.0, right = 24.0, top = 58.0, bottom = 52.0
        let plotWidth = max(40, Double(width) - left - right), plotHeight = max(40, Double(height) - top - bottom)
        func x(_ n: Double) -> Double { left + scales.x.fraction(n) * plotWidth }
        func y(_ seconds: Double) -> Double { top + (1 - scales.y.fraction(seconds)) * plotHeight }
        func curve(_ seconds: (Double) -> Double?) -> String {
            (0...80).compactMap { step -> String? in
                let n = scales.x.value(at: Double(step) / 80)
                guard let value = seconds(n), value > 0 else { return nil }
                return "\(Self.number(x(n))),\(Self.number(y(value)))"
            }.joined(separator: " ")
        }

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <title>\(Self.escaped("pipeline bench \(workload)"))</title>
            <defs><clipPath id="plot"><rect x="\(left)" y="\(top)" width="\(Self.number(plotWidth))" \
            height="\(Self.number(plotHeight))"/></clipPath></defs>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(left)" y="22" font-size="15" font-weight="bold">\(Self.escaped("\(workload): median time per run against \(axisSubject)"))</text>
            <text x="\(left)" y="42" fill="#444">\(Self.escaped(verdictSentence))</text>

            """
        svg += "<g stroke=\"#e4e4e4\" fill=\"#333\">\n"
        for tick in scales.x.ticks(minimumCount: 2) {
            let position = Self.number(x(tick))
            svg += "<line x1=\"\(position)\" y1=\"\(top)\" x2=\"\(position)\" y2=\"\(Self.number(top + plotHeight))\"/>"
            svg += "<text x=\"\(position)\" y=\"\(Self.number(top + plotHeight + 16))\" text-anchor=\"middle\" "
                + "stroke=\"none\">\(Self.compact(tick))</text>\n"
        }
        for tick in scales.y.ticks(minimumCount: 3) {
            let position = Self.number(y(tick))
            svg += "<line x1=\"\(left)\" y1=\"\(position)\" x2=\"\(Self.number(left + plotWidth))\" y2=\"\(position)\"/>"
            svg += "<text x=\"\(Self.number(left - 6))\" y=\"\(position)\" dy=\"4\" text-anchor=\"end\" "
                + "stroke=\"none\">\(Self.escaped(TimeFormat.tick(tick)))</text>\n"
        }
        svg += "</g>\n"
        svg += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(Self.number(plotWidth))\" height=\"\(Self.number(plotHeight))\" "
            + "fill=\"none\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(Self.number(left + plotWidth / 2))\" y=\"\(Double(height) - 12)\" text-anchor=\"middle\">"
            + "\(Self.escaped(noun == "n" ? "n, log scale" : "n (\(noun)), log scale"))</text>\n"
        svg += "<text transform=\"translate(16 \(Self.number(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">"
            + "median time per run, log scale</text>\n"

        svg += "<g clip-path=\"url(#plot)\" fill=\"none\" stroke-width=\"1.5\">\n"
        svg += "<polyline points=\"\(curve { referenceSeconds(at: $0, power: 1) })\" stroke=\"#888\" stroke-dasharray=\"6 4\"/>\n"
        svg += "<polyline points=\"\(curve { referenceSeconds(at: $0, power: 2) })\" stroke=\"#888\" stroke-dasharray=\"2 3\"/>\n"
        svg += "<polyline points=\"\(curve { fit.bestClass.predictedSeconds(at: $0) })\" stroke=\"#1f77b4\"/>\n"
        for point in points {
            let column = Self.number(x(Double(point.n)))
            svg += "<line x1=\"\(column)\" y1=\"\(Self.number(y(point.statistics.minimum)))\" x2=\"\(column)\" "
                + "y2=\"\(Self.number(y(point.statistics.maximum)))\" stroke=\"#d62728\"/>"
            svg += "<circle cx=\"\(column)\" cy=\"\(Self.number(y(point.medianSeconds)))\" r=\"3.5\" fill=\"#d62728\" "
                + "stroke=\"none\"/>\n"
        }
        svg += "</g>\n"
        svg += legend(x: left + 10, y: top + 10)
        return svg + "</svg>\n"
    }

    /// The legend box: one line per mark, drawn the way the plot draws it.
    private func legend(x: Double, y: Double) -> String {
        let entries: [(String, String)] = [
            ("<circle cx=\"9\" cy=\"0\" r=\"3.5\" fill=\"#d62728\"/><line x1=\"9\" y1=\"-6\" x2=\"9\" y2=\"6\" stroke=\"#d62728\"/>",
             "median (bar: min–max)"),
            ("<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"#1f77b4\" stroke-width=\"1.5\"/>",
             "fit: \(fit.bestClass.complexity.symbol)"),
            ("<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"#888\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
             "O(n) through the largest size"),
            ("<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"#888\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>",
             "O(n²) through the largest size"),
        ]
        var out = "<g class=\"legend\" transform=\"translate(\(Self.number(x)) \(Self.number(y)))\">\n"
        out += "<rect x=\"0\" y=\"0\" width=\"210\" height=\"\(entries.count * 18 + 8)\" fill=\"white\" "
            + "fill-opacity=\"0.9\" stroke=\"#bbb\"/>\n"
        for (index, entry) in entries.enumerated() {
            out += "<g transform=\"translate(8 \(index * 18 + 13))\">\(entry.0)"
                + "<text x=\"26\" y=\"4\">\(Self.escaped(entry.1))</text></g>\n"
        }
        return out + "</g>\n"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Text safe inside XML elements and attributes.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&apos;")
    }
}
