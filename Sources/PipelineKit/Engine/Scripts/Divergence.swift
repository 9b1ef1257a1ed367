/// The one rule every training script uses to decide that training diverged, on any data:
/// the loss stopped being a finite number, or it exploded past `explosionFactor` times the
/// untrained model's loss, or training ended with a loss no better than where it started.
enum Divergence {
    /// An epoch's loss above this many times the untrained model's loss has exploded.
    static let explosionFactor = 10.0

    /// Whether an epoch's loss shows divergence, given the untrained model's loss.
    static func hasExploded(_ loss: Double, startingLoss: Double) -> Bool {
        !loss.isFinite || loss > explosionFactor * max(startingLoss, .leastNormalMagnitude)
    }

    /// Whether training that ended at `finalLoss` made the model worse than untrained.
    static func endedWorse(_ finalLoss: Double, startingLoss: Double) -> Bool {
        finalLoss > startingLoss && finalLoss > 0
    }

    /// The rule in words, for `pipeline help scripts` and messages.
    static let rule = "diverged: the loss became infinite or not a number, rose above \(Int(explosionFactor))× the untrained model's loss, or ended above it"
}
