import Testing
@testable import PipelineCLI

/// Terminal facts the executable decides: colour and width.
@Suite struct TerminalTests {
    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(TerminalStyle.colorEnabled(isTerminal: true, environment: [:], override: .auto))
        #expect(!TerminalStyle.colorEnabled(isTerminal: false, environment: [:], override: .auto))
        #expect(!TerminalStyle.colorEnabled(isTerminal: true, environment: ["NO_COLOR": "1"], override: .auto))
        #expect(TerminalStyle.colorEnabled(isTerminal: true, environment: ["NO_COLOR": ""], override: .auto))
        #expect(!TerminalStyle.colorEnabled(isTerminal: true, environment: ["TERM": "dumb"], override: .auto))
        #expect(TerminalStyle.colorEnabled(isTerminal: false, environment: ["NO_COLOR": "1"], override: .always))
        #expect(!TerminalStyle.colorEnabled(isTerminal: true, environment: [:], override: .never))
    }

    @Test func widthComesFromColumnsThenTheTerminalThen80() {
        #expect(TerminalWidth.resolve(environment: ["COLUMNS": "120"], ioctlWidth: 100) == 120)
        #expect(TerminalWidth.resolve(environment: [:], ioctlWidth: 100) == 100)
        #expect(TerminalWidth.resolve(environment: ["COLUMNS": "x"], ioctlWidth: nil) == 80)
    }
}
