import Foundation
import Testing
@testable import PipelineKit

/// A secret renders as `[REDACTED]` through every way Swift turns a value into text, and the
/// step still receives the value itself.
@Suite struct SecretTests {
    static let value = "sk-type-canary-77"

    @Test func everyRenderingOfASecretIsRedacted() throws {
        let secret = Secret(ParameterValue.string(Self.value))
        var dumped = ""
        dump(secret, to: &dumped)
        let encoded = String(decoding: try JSONEncoder().encode([secret]), as: UTF8.self)
        let renderings = [secret.description, secret.debugDescription, "\(secret)", String(describing: secret),
                          String(reflecting: secret), dumped, encoded, "\([secret])", "\(Optional(secret) as Any)"]
        for text in renderings {
            #expect(!text.contains(Self.value), "leaked: \(text)")
            #expect(text.contains("[REDACTED]"), "\(text)")
        }
        #expect(secret.valueHandedToStep == .string(Self.value))
    }

    @Test func aResolvedSecretHoldsItsValueOnlyAsASecret() throws {
        let resolved = ResolvedParameter(name: "tok", type: .string, value: .string(Self.value), raw: "  raw  ",
                                         source: .commandLine, isSecret: true, rendered: Self.value)
        #expect(resolved.plainValue == nil)
        #expect(resolved.isSet)
        #expect(resolved.displayValue == "[REDACTED]")
        #expect(resolved.displayValueWithRaw == "[REDACTED]")
        #expect(resolved.raw == nil, "the text as given would show the value")
        #expect(resolved.secret?.valueHandedToStep == .string(Self.value))
        var dumped = ""
        dump(resolved, to: &dumped)
        #expect(!dumped.contains(Self.value), "\(dumped)")
    }

    @Test func aSavedRunHoldsNoSecretAndReadsBackAsOneNotKept() throws {
        let definition = try DefinitionLoader.load(text: """
            pipeline:
              parameters:
                - {name: tok, type: string, secret: true}
              steps:
                - fetch: {run: fetch_data.py, args: "--api-key ${{ parameters.tok }}"}

            """, file: "p.yaml")
        let request = ParameterRequest(assignments: [try ParameterAssignment.parse("tok=\(Self.value)")], processEnvironment: [:])
        let resolution = try ParameterResolver.resolve(definition, request: request)
        var workspace = Workspace()
        let result = RunEngine().run(definition, with: resolution, workspace: &workspace, environment: [:])
        let record = RunRecord(id: "r1", time: Date(), toolVersion: "test", definition: definition, result: result)
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(!json.contains(Self.value))
        let back = try JSONDecoder().decode(RunRecord.self, from: Data(json.utf8))
        let tok = try #require(back.result.parameters.first)
        #expect(tok.secret?.isKept == false)
        #expect(tok.displayValue == "[REDACTED]")
        #expect(tok.secret?.valueHandedToStep == nil)
    }

    @Test func theStepReceivesTheSecretsValue() throws {
        // The same number as a secret and as a plain value trains the same: the step got the value.
        let text = { (secret: Bool) in """
            pipeline:
              parameters:
                - {name: epochs, type: int, secret: \(secret)}
              steps:
                - train: {run: train.py, args: "--lr 0.1 --epochs ${{ parameters.epochs }}"}

            """ }
        func finalLoss(secret: Bool) throws -> String? {
            let definition = try DefinitionLoader.load(text: text(secret), file: "p.yaml")
            let request = ParameterRequest(assignments: [try ParameterAssignment.parse("epochs=7")], processEnvironment: [:])
            var workspace = Workspace()
            let result = RunEngine().run(definition, with: try ParameterResolver.resolve(definition, request: request),
                                         workspace: &workspace, environment: [:])
            #expect(result.status == .succeeded)
            if secret { #expect(result.steps.first?.arguments == ["--lr", "0.1", "--epochs", "[REDACTED]"]) }
            return result.output("final_loss")
        }
        let plain = try #require(try finalLoss(secret: false))
        #expect(try finalLoss(secret: true) == plain)
        let other = try DefinitionLoader.load(text: text(false), file: "p.yaml")
        var workspace = Workspace()
        let three = RunEngine().run(other, with: try ParameterResolver.resolve(other, request: ParameterRequest(
            assignments: [try ParameterAssignment.parse("epochs=3")], processEnvironment: [:])), workspace: &workspace, environment: [:])
        #expect(three.output("final_loss") != plain, "the number of epochs must matter for this test to mean anything")
    }

    @Test func aValueHoldingASecretCannotDecideACondition() throws {
        let definition = try DefinitionLoader.load(text: """
            pipeline:
              parameters:
                - {name: tok, type: string, secret: true}
                - {name: url, type: string, default: "https://host/"}
              steps:
                - fetch: {run: load_data.py, when: "parameters.url == 'https://host/'"}

            """, file: "p.yaml")
        let request = ParameterRequest(assignments: [try ParameterAssignment.parse("tok=\(Self.value)"),
                                                     try ParameterAssignment.parse("url=https://u:\(Self.value)@host/")],
                                       processEnvironment: [:])
        var workspace = Workspace()
        let result = RunEngine().run(definition, with: try ParameterResolver.resolve(definition, request: request),
                                     workspace: &workspace, environment: [:])
        #expect(result.steps.first?.status == .skipped)
        #expect(result.steps.first?.effect.contains("a secret cannot decide a condition") == true, "\(result.steps.first?.effect ?? "")")
        #expect(!result.events.map(\.effect).joined().contains(Self.value))
    }
}
