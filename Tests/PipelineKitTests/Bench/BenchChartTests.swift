import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PipelineKit

/// Collects element names and text from an XML document, and whether it parsed.
private final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String] = []
    var rootAttributes: [String: String] = [:]
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" { texts.append(text) }
        text = ""
    }
}

@Suite struct BenchChartTests {
    private func report(workload: String = "steps") throws -> BenchReport {
        try BenchReport(workload: workload, noun: "steps", points: SyntheticSeries.points(.linear, seed: 1),
                        fitter: ComplexityFitter(resamples: 50))
    }

    @Test(arguments: [(72, 20), (50, 12), (100, 30)])
    func terminalChartFitsItsSize(width: Int, height: Int) throws {
        let lines = try report().chart(width: width, height: height).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        #expect(lines.count - 1 == height)
        // The title and the legend are the lines allowed to be wider than a narrow chart.
        #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.count <= width })
    }

    @Test func terminalChartShowsPointsReferencesAndLabels() throws {
        let chart = try report().chart(width: 72, height: 20)
        let plot = chart.split(separator: "\n").dropFirst().prefix(16).joined()
        #expect(plot.filter { $0 == "*" }.count == SyntheticSeries.sizes.count)
        #expect(plot.contains(".") && plot.contains(":"))
        #expect(chart.hasPrefix("median time per run against the number of steps (log-log)\n"))
        #expect(chart.contains("10") && chart.contains("1000") && chart.contains("n (steps)"))
        #expect(chart.contains(" ms |") || chart.contains(" µs |"))
        #expect(chart.contains("* median   . O(n) through the largest size   : O(n^2) through the largest size"))
    }

    @Test func linearDataFollowsTheLinearReference() throws {
        // Exact linear times sit on the O(n) line: a '.' touches every point before the last (the
        // line's anchor).
        let points = [10, 100, 1000].map { BenchPoint(n: $0, operations: $0, samples: [1e-6 * Double($0)]) }
        let chart = try BenchReport(workload: "steps", noun: "steps", points: points, fitter: ComplexityFitter(resamples: 10))
            .chart(width: 60, height: 15)
        let rows = chart.split(separator: "\n").dropFirst().prefix(11).map { Array($0.split(separator: "|", maxSplits: 1).last ?? "") }
        var stars: [(row: Int, column: Int)] = []
        for (row, cells) in rows.enumerated() {
            for (column, cell) in cells.enumerated() where cell == "*" { stars.append((row, column)) }
        }
        #expect(stars.count == 3)
        for star in stars.sorted(by: { $0.column < $1.column }).dropLast() {
            let touching = (star.row - 1...star.row + 1).contains { row in
                (star.column - 1...star.column + 1).contains { column in
                    rows.indices.contains(row) && rows[row].indices.contains(column) && rows[row][column] == "."
                }
            }
            #expect(touching, "point at row \(star.row), column \(star.column)")
        }
    }

    @Test func svgIsWellFormedWithAxesTicksAndLegend() throws {
        let svg = try report(workload: "steps <&> \"quoted\"").svg(width: 640, height: 420)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(collector.elements.first == "svg")
        #expect(collector.rootAttributes["viewBox"] == "0 0 640 420")
        #expect(collector.elements.filter { $0 == "circle" }.count == SyntheticSeries.sizes.count + 1)
        #expect(collector.elements.filter { $0 == "polyline" }.count == 3)
        #expect(collector.texts.contains("pipeline bench steps <&> \"quoted\""))
        for label in ["10", "100", "1000", "1 ms", "n (steps), log scale", "median time per run, log scale",
                      "O(n) through the largest size", "O(n²) through the largest size", "fit: O(n)"] {
            #expect(collector.texts.contains(label), "\(label)")
        }
        #expect(collector.texts.contains { $0.hasPrefix("doubling the steps multiplies time by ×") })
    }

    @Test func svgEscapesMarkupInText() {
        #expect(BenchReport.escaped("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    }

    @Test func logScaleTicksAreReadable() {
        #expect(LogScale(covering: [10, 3000]).ticks() == [10, 100, 1000])
        #expect(LogScale(covering: [2e-3, 9e-3]).ticks() == [2e-3, 3e-3, 5e-3, 7e-3])
        #expect(BenchReport.compact(30_000) == "30k")
        #expect(BenchReport.compact(2_500_000) == "2.5M")
    }
}
