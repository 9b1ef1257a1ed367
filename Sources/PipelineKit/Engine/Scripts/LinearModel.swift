/// A linear regression model trained by mini-batch gradient descent on mean squared error.
public struct LinearModel: Equatable, Sendable {
    public var weights: [Double]
    public var bias: Double

    /// What one training run did.
    public struct Training: Equatable, Sendable {
        public var model: LinearModel
        /// Training loss (MSE) after each epoch; empty epochs are not recorded.
        public var losses: [Double]
        /// Parameter updates made (one per mini-batch).
        public var updates: Int
        /// The untrained model's loss on the training rows, where training starts from.
        public var startingLoss: Double
        /// The epoch at which training diverged (see `Divergence`), if it did.
        public var divergedAtEpoch: Int?
        /// The loss that showed the divergence.
        public var divergedLoss: Double?
    }

    public init(featureCount: Int) {
        weights = Array(repeating: 0, count: featureCount)
        bias = 0
    }

    public func predict(_ row: [Double]) -> Double {
        var sum = bias
        for index in 0..<min(row.count, weights.count) { sum += weights[index] * row[index] }
        return sum
    }

    /// Mean squared error over the given rows.
    public func loss(on dataset: Dataset, rows: Range<Int>) -> Double {
        guard !rows.isEmpty else { return 0 }
        var total = 0.0
        for row in rows {
            let error = predict(dataset.features[row]) - dataset.targets[row]
            total += error * error
        }
        return total / Double(rows.count)
    }

    /// Trains on the dataset's training rows.
    ///
    /// - Complexity: O(epochs · trainRows · features).
    public static func train(on dataset: Dataset, learningRate: Double, epochs: Int, batchSize: Int, seed: UInt64) -> Training {
        var model = LinearModel(featureCount: dataset.featureCount)
        var random = SeededGenerator(seed: seed)
        var order = Array(0..<dataset.trainCount)
        var losses: [Double] = []
        var updates = 0
        let startingLoss = model.loss(on: dataset, rows: 0..<dataset.trainCount)
        let batch = max(1, batchSize)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &random)
            var start = 0
            while start < order.count {
                let end = min(start + batch, order.count)
                model.step(on: dataset, rows: order[start..<end], learningRate: learningRate)
                updates += 1
                start = end
            }
            let loss = model.loss(on: dataset, rows: 0..<dataset.trainCount)
            guard !Divergence.hasExploded(loss, startingLoss: startingLoss) else {
                return Training(model: model, losses: losses, updates: updates, startingLoss: startingLoss,
                                divergedAtEpoch: epoch, divergedLoss: loss)
            }
            losses.append(loss)
        }
        if let last = losses.last, Divergence.endedWorse(last, startingLoss: startingLoss) {
            return Training(model: model, losses: losses, updates: updates, startingLoss: startingLoss,
                            divergedAtEpoch: losses.count, divergedLoss: last)
        }
        return Training(model: model, losses: losses, updates: updates, startingLoss: startingLoss, divergedAtEpoch: nil, divergedLoss: nil)
    }

    private mutating func step(on dataset: Dataset, rows: ArraySlice<Int>, learningRate: Double) {
        var gradient = [Double](repeating: 0, count: weights.count)
        var biasGradient = 0.0
        for row in rows {
            let features = dataset.features[row]
            let error = predict(features) - dataset.targets[row]
            for index in 0..<gradient.count { gradient[index] += 2 * error * features[index] }
            biasGradient += 2 * error
        }
        let scale = learningRate / Double(rows.count)
        for index in 0..<weights.count { weights[index] -= scale * gradient[index] }
        bias -= scale * biasGradient
    }
}
