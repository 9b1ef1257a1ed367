import Testing
@testable import PipelineKit

/// Every hint that suggests a name says it one way: `did you mean 'x'? ` before the rest.
@Suite struct NameSuggesterTests {
    @Test func findsTheNameMeantByATypoOrAPrefix() {
        #expect(NameSuggester.closest(to: "learning_rte", in: ["learning_rate", "epochs"]) == "learning_rate")
        #expect(NameSuggester.closest(to: "learn", in: ["learning_rate", "epochs"]) == "learning_rate")
        #expect(NameSuggester.closest(to: "zzz", in: ["learning_rate", "epochs"]) == nil)
    }

    @Test func aHintLeadsWithTheSuggestionQuotedOrIsTheRestAlone() {
        #expect(NameSuggester.hint(suggesting: "--lr", then: "train.py takes --lr") == "did you mean '--lr'? train.py takes --lr")
        #expect(NameSuggester.hint(suggesting: nil, then: "train.py takes --lr") == "train.py takes --lr")
        #expect(NameSuggester.hint(for: "trian-lr", in: ["train-lr", "platform"], then: "pipelines: train-lr, platform")
                == "did you mean 'train-lr'? pipelines: train-lr, platform")
    }
}
