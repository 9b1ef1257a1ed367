import Foundation
import PipelineKit

/// The completion scripts of `pipeline completions`, generated from the command specs of the registry.
enum Completions {
    private static var specs: [CommandSpec] { CommandRegistry.all.map { $0.spec } }
    private static var commandNames: [String] { CommandRegistry.names }
    private static var pipelines: String { PipelineSource.allBundledNames.joined(separator: " ") }

    /// The words a command's positional arguments can be, when they are known; nil for files.
    private static func operands(of spec: CommandSpec) -> String? {
        switch spec.operands {
        case .files: return nil
        case .pipelines: return pipelines
        case .commandsAndTopics: return (commandNames + HelpPrinter.topicNames).joined(separator: " ")
        }
    }

    /// The shell command that lists candidates of a kind, run with the same binary.
    private static func dynamic(_ kind: CompletionCandidates.Kind, shell: String) -> String {
        switch shell {
        case "fish": return "(__fish_pipeline_candidates \(kind.rawValue))"
        default: return "\"${words[1]:-pipeline}\" __complete \(kind.rawValue) 2>/dev/null"
        }
    }

    static func bash() -> String {
        var cases = ""
        for spec in specs {
            let options = spec.options.map { "--" + $0.name }.joined(separator: " ")
            let subs = spec.subcommands.map(\.name).joined(separator: " ")
            let extra = operands(of: spec).map { " " + $0 } ?? ""
            cases += "        \(spec.name)) words=\"\(options)\(extra)\"; [ \"$COMP_CWORD\" -eq 2 ] && words=\"\(subs) $words\" ;;\n"
        }
        var named = ""
        for rule in CompletionCandidates.positional {
            if rule.subcommands.isEmpty {
                named += "        \(rule.command)\\ *) [ \"$COMP_CWORD\" -eq 2 ] && kind=\(rule.kind.rawValue) ;;\n"
            } else {
                named += "        " + rule.subcommands.map { "\(rule.command)\\ \($0)" }.joined(separator: "|") + ") kind=\(rule.kind.rawValue) ;;\n"
            }
        }
        let optionKinds = CompletionCandidates.optionValues.map { "        --\($0.option)) kind=\($0.kind.rawValue) ;;\n" }.joined()
        return """
        # bash completion for pipeline
        _pipeline() {
            local cur prev words kind=""
            cur="${COMP_WORDS[COMP_CWORD]}"
            prev="${COMP_WORDS[COMP_CWORD-1]}"
            if [ "$COMP_CWORD" -eq 1 ]; then
                COMPREPLY=($(compgen -W "\(commandNames.joined(separator: " ")) --help --version" -- "$cur"))
                return
            fi
            case "$prev" in
                --format) COMPREPLY=($(compgen -W "\(OutputFormat.allCases.map(\.rawValue).joined(separator: " "))" -- "$cur")); return ;;
                --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
                --params-file|--svg|--runs-dir|--sources) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        \(optionKinds)    esac
            if [ -z "$kind" ] && [[ "$cur" != -* ]]; then
                case "${COMP_WORDS[1]} ${COMP_WORDS[2]}" in
        \(named)        esac
            fi
            if [ -n "$kind" ]; then
                COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" __complete "$kind" 2>/dev/null)" -- "$cur"))
                return
            fi
            case "${COMP_WORDS[1]}" in
        \(cases)        *) words="" ;;
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
        out += "  )\n"
        out += "  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n"
        out += "  local kind=\"\"\n  case $words[CURRENT-1] in\n"
        for rule in CompletionCandidates.optionValues { out += "    --\(rule.option)) kind=\(rule.kind.rawValue) ;;\n" }
        out += "  esac\n  if [[ -z $kind && $PREFIX != -* ]]; then\n    case \"$words[2] $words[3]\" in\n"
        for rule in CompletionCandidates.positional {
            if rule.subcommands.isEmpty {
                out += "      \(rule.command)\\ *) (( CURRENT == 3 )) && kind=\(rule.kind.rawValue) ;;\n"
            } else {
                out += "      " + rule.subcommands.map { "\(rule.command)\\ \($0)" }.joined(separator: "|") + ") kind=\(rule.kind.rawValue) ;;\n"
            }
        }
        out += "    esac\n  fi\n"
        out += "  if [[ -n $kind ]]; then\n    local -a found\n    found=(${(f)\"$(\"$words[1]\" __complete $kind 2>/dev/null)\"})\n    compadd -a found\n    return\n  fi\n"
        out += "  case $words[2] in\n"
        for spec in specs {
            out += "    \(spec.name))\n"
            let subs = spec.subcommands.map(\.name).joined(separator: " ")
            if !subs.isEmpty { out += "      if (( CURRENT == 3 )) && [[ $PREFIX != -* ]]; then compadd -- \(subs); return; fi\n" }
            out += "      _arguments \\\n"
            for option in spec.options {
                var line = "        '--\(option.name)[\(escapeZsh(option.help))]"
                if case .value(let placeholder) = option.kind {
                    line += option.choices.isEmpty ? (option.completesFiles ? ":\(placeholder):_files" : ":\(placeholder): ") : ":\(placeholder):(\(option.choices.joined(separator: " ")))"
                }
                out += line + "' \\\n"
            }
            let positional = operands(of: spec).map { "(\($0))" } ?? "_files"
            out += "        '*:argument:\(positional)'\n      ;;\n"
        }
        out += "  esac\n}\n"
        out += "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n  _pipeline \"$@\"\nelse\n  compdef _pipeline pipeline\nfi\n"
        return out
    }

    static func fish() -> String {
        var out = """
        # fish completion for pipeline
        complete -c pipeline -f
        # The names that change (lessons, banks, run ids), from the same binary.
        function __fish_pipeline_candidates
            set -l words (commandline -opc)
            $words[1] __complete $argv[1] 2>/dev/null
        end
        # True when the command being typed is pipeline COMMAND.
        function __fish_pipeline_in
            set -l words (commandline -opc)
            test "$words[2]" = "$argv[1]"
        end
        # True when the command line so far is: pipeline COMMAND [one of SUBCOMMANDS] and the next word is the one asked.
        function __fish_pipeline_at
            set -l words (commandline -opc)
            test "$words[2]" = "$argv[1]"; or return 1
            if test (count $argv) -eq 1
                test (count $words) -eq 2
                return
            end
            test (count $words) -ge 3; and contains -- $words[3] $argv[2..-1]
        end

        """
        for spec in specs {
            out += "complete -c pipeline -n '__fish_use_subcommand' -a \(spec.name) -d '\(escapeFish(spec.summary))'\n"
            for option in spec.options {
                var line = "complete -c pipeline -n '__fish_pipeline_in \(spec.name)' -l \(option.name)"
                if let short = option.short { line += " -s \(short)" }
                if option.takesValue { line += " -r" }
                if !option.choices.isEmpty { line += " -a '\(option.choices.joined(separator: " "))'" }
                if let kind = CompletionCandidates.optionValues.first(where: { $0.option == option.name })?.kind {
                    line += " -a '\(dynamic(kind, shell: "fish"))'"
                }
                if option.completesFiles { line += " -F" }
                out += line + " -d '\(escapeFish(option.help))'\n"
            }
            for sub in spec.subcommands {
                out += "complete -c pipeline -n '__fish_pipeline_at \(spec.name)' -a \(sub.name) -d '\(escapeFish(sub.summary))'\n"
            }
            if let words = operands(of: spec) {
                out += "complete -c pipeline -n '__fish_pipeline_in \(spec.name)' -a '\(words)'\n"
            }
        }
        for rule in CompletionCandidates.positional {
            let at = (["__fish_pipeline_at", rule.command] + rule.subcommands).joined(separator: " ")
            out += "complete -c pipeline -n '\(at)' -a '\(dynamic(rule.kind, shell: "fish"))'\n"
        }
        return out
    }

    private static func escapeZsh(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: ":", with: "\\:")
    }

    private static func escapeFish(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
