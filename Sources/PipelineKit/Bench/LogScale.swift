import Foundation

/// A logarithmic axis from `lower` to `upper` (both positive), with tick values people read.
struct LogScale: Equatable, Sendable {
    let lower: Double
    let upper: Double

    /// A scale covering `values`, widened to at least `minimumFactor` and padded by `padding`
    /// (a fraction of the log range) on both sides.
    init(covering values: [Double], minimumFactor: Double = 1, padding: Double = 0) {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        var low = log10(positive.min() ?? 1), high = log10(positive.max() ?? 10)
        let shortfall = log10(max(minimumFactor, 1)) - (high - low)
        if shortfall > 0 {
            low -= shortfall / 2
            high += shortfall / 2
        }
        let pad = (high - low) * padding
        lower = pow(10, low - pad)
        upper = pow(10, high + pad)
    }

    /// Where `value` falls, 0 at `lower` and 1 at `upper` (outside 0…1 when out of range).
    func fraction(_ value: Double) -> Double {
        let span = log10(upper) - log10(lower)
        guard span > 0, value > 0 else { return 0 }
        return (log10(value) - log10(lower)) / span
    }

    /// The value at `fraction` of the way from `lower` to `upper`.
    func value(at fraction: Double) -> Double {
        pow(10, log10(lower) + fraction * (log10(upper) - log10(lower)))
    }

    /// Tick values inside the scale: powers of ten, with 2× and 5× (or 3×) between them when
    /// the scale spans too few decades to show at least `minimumCount`.
    func ticks(minimumCount: Int = 3) -> [Double] {
        for mantissas in [[1.0], [1.0, 3.0], [1.0, 2.0, 5.0], [1.0, 1.5, 2, 3, 5, 7]] {
            let ticks = candidates(mantissas)
            if ticks.count >= minimumCount { return ticks }
        }
        return [lower, upper]
    }

    private func candidates(_ mantissas: [Double]) -> [Double] {
        let first = Int(log10(lower).rounded(.down)), last = Int(log10(upper).rounded(.up))
        var ticks: [Double] = []
        for exponent in first...max(first, last) {
            for mantissa in mantissas {
                let value = mantissa * pow(10, Double(exponent))
                if value >= lower * (1 - 1e-9), value <= upper * (1 + 1e-9) { ticks.append(value) }
            }
        }
        return ticks
    }
}
