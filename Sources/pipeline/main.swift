import Foundation
import PipelineCLI

let status = PipelineCLI.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(status)
