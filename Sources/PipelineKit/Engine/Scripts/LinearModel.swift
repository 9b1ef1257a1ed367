/// A linear regression model trained by mini-batch gradient descent on mean squared error.
struct LinearModel: Equatable, Sendable {
    var weights: [Double]
    var bias: Double

    /// What one training run did.
    struct Training: Equatable, Sendable {
        var model: LinearModel
        /// Training loss (MSE) after each epoch; empty epochs are not recorded.
        var losses: [Double]
        /// Parameter updates made (one per mini-batch).
        var updates: Int
        /// The untrained model's loss on the training rows, where training starts from.
        var startingLoss: Double
        /// The epoch at which training diverged (see `Divergence`), if it did.
        var divergedAtEpoch: Int?
        /// The loss that showed the divergence.
        var divergedLoss: Double?
    }

    init(featureCount: Int) {
        weights = Array(repeating: 0, count: featureCount)
        bias = 0
    }

    func predict(_ row: [Double]) -> Double {
        var sum = bias
        for index in 0..<min(row.count, weights.count) { sum += weights[index] * row[index] }
        return sum
    }

    /// Mean squared error over the given rows.
    func loss(on dataset: Dataset, rows: Range<Int>) -> Double {
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
    static func train(on dataset: Dataset, learningRate: Double, epochs: Int, batchSize: Int, seed: UInt64) -> Training {
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
