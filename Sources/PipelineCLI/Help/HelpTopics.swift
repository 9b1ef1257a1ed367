import PipelineKit

/// The text of `pipeline help TOPIC` for topics that are not commands.
enum HelpTopics {
    static let parameters = """
    PARAMETERS

    A pipeline declares typed parameters; every run gives them values. Types:
      string  any text                 int    whole numbers (1.5 and 1e3 are refused)
      float   finite numbers            bool   true or false only (not yes/no)
      list    [64, 32]                  map    {a: 1, b: two}
      path    a file or folder path     secret a string never printed or written
    Any parameter may also say secret: true, min:/max: (numbers) and values: [allowed, list].

    Where values come from, lowest precedence first (a later source overrides an earlier one):
      1. default:                 in the pipeline file (may read ${{ env.NAME }})
      2. --env NAME               a set under environments: in the pipeline file
      3. --params-file FILE       a YAML or JSON map of name: value
      4. --param name=value       on the command line (also --name value for declared names)
    A repeated --param for the same name: the last one wins, with a warning.
    Give a secret by reference: secret: true with default: ${{ env.NAME }}, and set NAME
    from a secret store or a hidden prompt (read -rs NAME && export NAME). A secret typed
    after --param works but is warned about: shell history and the process list keep it.
    `pipeline run PIPELINE --dry-run` shows every value, its source and what it overrode.

    Every value is checked before any step starts; all problems are listed together and the
    exit status is 2.

    """

    /// A format document compiled into the binary (`docs/pipeline-format.md`), rendered for
    /// the terminal: prose wrapped to `width`, examples and tables never split.
    static func document(_ path: String, width: Int) -> String {
        guard let text = EmbeddedContent.text(atPath: path) else { return "\(path) was not built into this binary.\n" }
        let renderer = TerminalMarkdownRenderer(width: width, plain: false)
        return renderer.render(MarkdownParser.parse(text))
    }

    static let exitCodes = """
    EXIT CODES

      0    success
      1    a step failed (later steps did not run), or a lint found problems
      2    invalid input: a bad file, option or parameter value; nothing ran
      130  interrupted with Ctrl-C; what finished is kept

    """
}
