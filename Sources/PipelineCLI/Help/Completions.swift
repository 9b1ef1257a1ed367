import Foundation
import PipelineKit

/// `pipeline completions bash|zsh|fish`: completion scripts generated from the command specs.
enum Completions {
    static let help = """
    Print a shell completion script.

    USAGE:
      pipeline completions bash|zsh|fish

    EXAMPLES:
      # bash: load for this shell, or save it under ~/.local/share/bash-completion/completions/pipeline
      source <(pipeline completions bash)
      # zsh: save as _pipeline in a folder on $fpath
      pipeline completions zsh > ~/.zfunc/_pipeline
      # fish
      pipeline completions fish > ~/.config/fish/completions/pipeline.fish

    """

    static func execute(_ arguments: [String], terminal: Terminal) -> Int32 {
        guard arguments.count == 1, let shell = arguments.first, ["bash", "zsh", "fish"].contains(shell) else {
            if arguments.first == "--help" || arguments.first == "-h" {
                terminal.out.write(help)
                return ExitCode.success
            }
            terminal.err.write(DiagnosticRenderer().render([Diagnostic(
                .error, arguments.isEmpty ? "'pipeline completions' needs a shell name" : "unknown shell '\(arguments.joined(separator: " "))'",
                hint: "write pipeline completions bash, zsh or fish")]))
            return ExitCode.badInput
        }
        switch shell {
        case "bash": terminal.out.write(bash())
        case "zsh": terminal.out.write(zsh())
        default: terminal.out.write(fish())
        }
        return ExitCode.success
    }

    private static var specs: [CommandSpec] { CommandRegistry.all.map { $0.spec } }
    private static var commandNames: [String] { CommandRegistry.names }
    private static var pipelines: String { PipelineSource.allBundledNames.joined(separator: " ") }

    static func bash() -> String {
        var cases = ""
        for spec in specs {
            let words = (spec.subcommands.map(\.name) + spec.options.map { "--" + $0.name }).joined(separator: " ")
            let extra = spec.completesPipelines ? " \(pipelines)" : ""
            cases += "        \(spec.name)) words=\"\(words)\(extra)\" ;;\n"
        }
        return """
        # bash completion for pipeline
        _pipeline() {
            local cur prev words
            cur="${COMP_WORDS[COMP_CWORD]}"
            prev="${COMP_WORDS[COMP_CWORD-1]}"
            if [ "$COMP_CWORD" -eq 1 ]; then
                COMPREPLY=($(compgen -W "\(commandNames.joined(separator: " ")) --help --version" -- "$cur"))
                return
            fi
            case "$prev" in
                --format) COMPREPLY=($(compgen -W "\(OutputFormat.allCases.map(\.rawValue).joined(separator: " "))" -- "$cur")); return ;;
                --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
                --params-file|--svg|--runs-dir) COMPREPLY=($(compgen -f -- "$cur")); return ;;
            esac
            case "${COMP_WORDS[1]}" in
        \(cases)        completions) words="bash zsh fish" ;;
                help) words="\(commandNames.joined(separator: " ")) \(HelpPrinter.topicNames.joined(separator: " "))" ;;
                *) words="" ;;
            esac
            COMPREPLY=($(compgen -W "$words" -- "$cur"))
            [ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
        }
        complete -F _pipeline pipeline

        """
    }

    static func zsh() -> String {
        var out = "#compdef pipeline\n# zsh completion for pipeline\n_pipeline() {\n  local -a commands\n  commands=(\n"
        for spec in specs { out += "    '\(spec.name):\(escapeZsh(spec.summary))'\n" }
        out += "    'help:Show help for a command or topic'\n    'completions:Print a shell completion script'\n  )\n"
        out += "  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n  case $words[2] in\n"
        for spec in specs {
            out += "    \(spec.name))\n      _arguments \\\n"
            for option in spec.options {
                var line = "        '--\(option.name)[\(escapeZsh(option.help))]"
                if case .value(let placeholder) = option.kind {
                    line += option.choices.isEmpty ? (option.completesFiles ? ":\(placeholder):_files" : ":\(placeholder):") : ":\(placeholder):(\(option.choices.joined(separator: " ")))"
                }
                out += line + "' \\\n"
            }
            let subs = spec.subcommands.map(\.name).joined(separator: " ")
            let positional = spec.completesPipelines ? "(\(pipelines) \(subs))" : (subs.isEmpty ? "_files" : "(\(subs))")
            out += "        '*:argument:\(positional)'\n      ;;\n"
        }
        out += "    completions) _arguments '2:shell:(bash zsh fish)' ;;\n    help) _describe 'command' commands ;;\n  esac\n}\n_pipeline \"$@\"\n"
        return out
    }

    static func fish() -> String {
        var out = "# fish completion for pipeline\ncomplete -c pipeline -f\n"
        for spec in specs {
            out += "complete -c pipeline -n '__fish_use_subcommand' -a \(spec.name) -d '\(escapeFish(spec.summary))'\n"
            for option in spec.options {
                var line = "complete -c pipeline -n '__fish_seen_subcommand_from \(spec.name)' -l \(option.name)"
                if let short = option.short { line += " -s \(short)" }
                if option.takesValue { line += " -r" }
                if !option.choices.isEmpty { line += " -a '\(option.choices.joined(separator: " "))'" }
                if option.completesFiles { line += " -F" }
                out += line + " -d '\(escapeFish(option.help))'\n"
            }
            for sub in spec.subcommands {
                out += "complete -c pipeline -n '__fish_seen_subcommand_from \(spec.name)' -a \(sub.name) -d '\(escapeFish(sub.summary))'\n"
            }
            if spec.completesPipelines {
                out += "complete -c pipeline -n '__fish_seen_subcommand_from \(spec.name)' -a '\(pipelines)'\n"
            }
        }
        out += "complete -c pipeline -n '__fish_use_subcommand' -a completions -d 'Print a shell completion script'\n"
        out += "complete -c pipeline -n '__fish_seen_subcommand_from completions' -a 'bash zsh fish'\n"
        return out
    }

    private static func escapeZsh(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: ":", with: "\\:")
    }

    private static func escapeFish(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
