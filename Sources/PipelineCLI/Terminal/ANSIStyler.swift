import PipelineKit

/// Styles emphasised text with ANSI codes, for a colour terminal.
struct ANSIStyler: TextStyler {
    func style(_ text: String, as emphasis: TextEmphasis) -> String {
        switch emphasis {
        case .strong: return ANSI.styled(text, "1")
        case .emphasis: return ANSI.styled(text, "3")
        case .code: return ANSI.styled(text, "36")
        case .link: return ANSI.styled(text, "4")
        case .heading(let level): return ANSI.start("1") + (level <= 2 ? ANSI.start("4") : "") + text + ANSI.reset
        case .label: return ANSI.styled(text, "1;33")
        }
    }
}
