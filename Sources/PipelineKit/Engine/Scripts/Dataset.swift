/// A small regression dataset: rows of features and a target, split into train and validation.
struct Dataset: Equatable, Sendable {
    var name: String
    var features: [[Double]]
    var targets: [Double]
    /// Rows before this index train; the rest validate.
    var trainCount: Int
    var isStandardized: Bool

    /// Generates a dataset from its name, deterministically: the same path always gives the
    /// same rows, and another path gives other rows (another hidden linear law).
    ///
    /// - Complexity: O(rows · features).
    static func generated(name: String, rows: Int = 200, featureCount: Int = 3) -> Dataset {
        var random = SeededGenerator(text: name)
        let weights = (0..<featureCount).map { _ in (random.nextUnit() * 8 - 4).rounded() + 0.5 }
        let bias = (random.nextUnit() * 10).rounded()
        var features: [[Double]] = []
        var targets: [Double] = []
        features.reserveCapacity(rows)
        for _ in 0..<rows {
            // Raw features on different scales, as real columns are: preprocessing matters.
            let row = (0..<featureCount).map { column in random.nextGaussian() * Double(column + 1) + Double(column) }
            features.append(row)
            targets.append(zip(row, weights).reduce(bias) { $0 + $1.0 * $1.1 } + random.nextGaussian() * 0.5)
        }
        return Dataset(name: name, features: features, targets: targets, trainCount: rows * 4 / 5, isStandardized: false)
    }

    var rowCount: Int { targets.count }
    var featureCount: Int { features.first?.count ?? 0 }

    /// Scales every feature to mean 0 and standard deviation 1, using the training rows' statistics.
    func standardized() -> Dataset {
        guard !isStandardized, featureCount > 0, trainCount > 0 else { return self }
        var copy = self
        for column in 0..<featureCount {
            let values = features[..<trainCount].map { $0[column] }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            let deviation = variance > 0 ? variance.squareRoot() : 1
            for row in 0..<rowCount { copy.features[row][column] = (features[row][column] - mean) / deviation }
        }
        copy.isStandardized = true
        return copy
    }
}
