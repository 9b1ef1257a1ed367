import Foundation

/// Banks written by the quiz tests into their own folders.
enum QuizFixtures {
    /// One question of each new type, and a true/false one: every answer known.
    /// Right answers in order: `A+C`, `12`, the final loss of run 2 (0.2175), `grid search`, `T`.
    static let types = #"""
    {
      "id": "types-demo",
      "title": "Question types",
      "questions": [
        {
          "id": "td-multiple", "type": "multiple",
          "stem": "Which of these does the **variable tracker** of a `train-lr` session list?",
          "options": [
            { "key": "A", "text": "`learning_rate`", "rationale": "Right: the pipeline's parameter." },
            { "key": "B", "text": "`epochs`", "rationale": "Wrong: a script default, not a parameter or an output." },
            { "key": "C", "text": "`final_loss`", "rationale": "Right: the training step's output." }
          ],
          "answer": ["A", "C"], "hint": "Look under parameters: in the pipeline file."
        },
        {
          "id": "td-numeric", "type": "numeric",
          "stem": "A sweep of 3 learning rates × 4 epoch counts runs how many runs?",
          "answer": { "value": 12 }, "hint": "Multiply the counts."
        },
        {
          "id": "td-trace-loss", "type": "numeric",
          "stem": "In the session above, what is the final loss after run 2?",
          "trace": { "pipeline": "train-lr", "runs": ["learning_rate=0.01", "learning_rate=0.1"] },
          "answer": { "output": "final_loss", "run": 2, "tolerance": 0.0005 }, "hint": "Read the tracker."
        },
        {
          "id": "td-short", "type": "short",
          "stem": "What do you call running every combination of values?",
          "answer": ["grid search", "sweep"], "hint": "It is named after a grid."
        },
        {
          "id": "td-tf", "type": "true_false",
          "stem": "A default applies when no value is given.",
          "options": [ { "key": "A", "text": "True" }, { "key": "B", "text": "False" } ],
          "answer": "A", "hint": "Think of defaults."
        }
      ]
    }
    """#

    /// A folder holding `name` with `text`, and the environment of a fresh state folder.
    static func folder(_ files: [String: String]) throws -> (directory: URL, environment: [String: String]) {
        let directory = try CLIHarness.temporaryDirectory()
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return (directory, ["PIPELINE_STATE_DIR": directory.appendingPathComponent("state").path])
    }

    /// The JSON object in a file or a string.
    static func object(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        return object
    }
}
