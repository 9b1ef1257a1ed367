import Testing
@testable import PipelineCLI

/// `conditional-train` serves evaluation-only runs, training runs and the whole chain, and its
/// dry run shows both kinds of skip: a false `when:` and a skip passed on through `needs:`.
@Suite struct ConditionalTrainTests {
    @Test func theDryRunShowsWhenSkipsAndTheirPropagation() {
        let outcome = CLIHarness.run(["run", "conditional-train", "--dry-run"], width: 120)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("""
              2. train_model  train.py --lr 0.05 --epochs 20
                 when parameters.train_model: false, skipped
              3. evaluate_model  evaluate.py
                 runs after 'train_model', skipped or not (it has no needs:, so the skip does not pass on)
              4. register_model  register.py
                 when parameters.mode == 'full': false, skipped
                 skipped: it needs 'train_model', which will be skipped (a skip propagates through needs:)
            """))
        // With mode=full the condition holds, and the line says so: the skip comes from needs: alone.
        let full = CLIHarness.run(["run", "conditional-train", "--dry-run", "--param", "mode=full"], width: 120)
        #expect(full.out.contains("when parameters.mode == 'full': true\n     skipped: it needs 'train_model'"))
    }

    @Test func anEvaluationOnlyRunEvaluates() {
        let outcome = CLIHarness.run(["run", "conditional-train", "--no-record"], width: 200)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("↷ train_model skipped: parameters.train_model is false, from the default"))
        #expect(outcome.out.contains("the baseline (the training rows' mean) scores validation loss"))
        #expect(outcome.out.contains("↷ register_model skipped: it needs 'train_model', which was skipped"))
        #expect(outcome.out.contains("validation_loss"))
    }
}
