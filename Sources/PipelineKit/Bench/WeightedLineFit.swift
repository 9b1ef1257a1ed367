/// The weighted least-squares fit of `y ≈ a + c·g` with `a ≥ 0` and `c ≥ 0`.
///
/// The constrained optimum of this convex problem is either the unconstrained solution (when
/// both coefficients are non-negative) or lies on an edge (`a = 0` or `c = 0`); all three
/// candidates are tried and the feasible one with the smallest residual wins.
///
/// - Complexity: O(m) for m points.
struct WeightedLineFit: Equatable, Sendable {
    var intercept: Double
    var slope: Double
    /// `Σ w·(y − a − c·g)²`.
    var residualSumOfSquares: Double

    init(g: [Double], y: [Double], weights w: [Double]) {
        var sw = 0.0, sg = 0.0, sgg = 0.0, sy = 0.0, sgy = 0.0
        for i in y.indices {
            sw += w[i]
            sg += w[i] * g[i]
            sgg += w[i] * g[i] * g[i]
            sy += w[i] * y[i]
            sgy += w[i] * g[i] * y[i]
        }
        var best = (intercept: 0.0, slope: 0.0, rss: Double.infinity)
        func consider(_ a: Double, _ c: Double) {
            var rss = 0.0
            for i in y.indices {
                let r = y[i] - a - c * g[i]
                rss += w[i] * r * r
            }
            if rss < best.rss { best = (a, c, rss) }
        }
        consider(sw > 0 ? sy / sw : 0, 0)
        if sgg > 0 { consider(0, max(0, sgy / sgg)) }
        let determinant = sw * sgg - sg * sg
        if determinant > 1e-12 * sw * sgg {
            let c = (sw * sgy - sg * sy) / determinant
            let a = (sy - c * sg) / sw
            if a >= 0, c >= 0 { consider(a, c) }
        }
        intercept = best.intercept
        slope = best.slope
        residualSumOfSquares = best.rss
    }
}
