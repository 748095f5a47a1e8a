import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The rule list is the one source of the rule ids: the policy, waivers, outputs, the schemas
/// and the README must name exactly its rules.
@Suite("The list of lint rules")
struct LintRulesTests {
  private let ids = LintRules.all.map(\.id.rawValue)

  @Test("ids are unique slugs, and each rule says what it finds and how to fix it")
  func rulesAreComplete() {
    #expect(Set(ids).count == ids.count)
    for rule in LintRules.all {
      #expect(Slug.isValid(rule.id.rawValue))
      #expect(!rule.title.isEmpty && !rule.summary.isEmpty && !rule.fix.isEmpty, "\(rule.id)")
    }
  }

  @Test("the README's rule table lists every rule, once, with its default severity")
  func readmeTable() throws {
    let readme = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "| rule | finds | default |").last)
    let rows = section.split(separator: "\n").dropFirst().prefix { $0.hasPrefix("| `") }
    let table = rows.map { row in
      let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      return (id: cells[0].trimmingCharacters(in: ["`"]), severity: cells.last ?? "")
    }
    #expect(table.map(\.id) == ids)
    for (row, rule) in zip(table, LintRules.all) {
      #expect(row.severity == rule.defaultSeverity.rawValue, "\(rule.id)")
    }
  }

  @Test("the shared schema's rule ids are the rule list's (written by generate-factledger)")
  func commonSchema() throws {
    let json = try schema("common.schema.json")
    let listed = try #require(JSONPointer("/$defs/ruleId/enum")?.value(in: json)?.arrayValue)
    #expect(listed.compactMap(\.stringValue) == ids)
  }

  @Test(
    "every schema that names a rule refers to the shared list",
    arguments: [
      ("policy.schema.json", "/properties/rules/propertyNames/$ref"),
      ("claim.schema.json", "/$defs/waiver/properties/rule/$ref"),
      ("lint-output.schema.json", "/properties/findings/items/properties/rule/$ref"),
    ])
  func schemasReferToTheList(file: String, pointer: String) throws {
    let reference = JSONPointer(pointer)?.value(in: try schema(file))?.stringValue
    #expect(reference == "common.schema.json#/$defs/ruleId", "\(file)")
  }

  private func schema(_ file: String) throws -> JSONValue {
    try JSONParser().parse(
      Array(try Data(contentsOf: RepositoryPaths.schemas.appendingPathComponent(file))))
  }

  @Test("a policy may set the severity of every rule, and of nothing else")
  func policyNamesRules() throws {
    for rule in LintRules.all {
      var problems: [DecodingProblem] = []
      let policy = Policy(
        json: try JSONParser().parse(
          #"{"version": 1, "sourcedKinds": [], "rules": {"\#(rule.id)": "off"}}"#),
        problems: &problems)
      #expect(problems.isEmpty)
      #expect(policy?.severity(of: rule.id) == .off)
    }
    var problems: [DecodingProblem] = []
    _ = Policy(
      json: try JSONParser().parse(
        #"{"version": 1, "sourcedKinds": [], "rules": {"nope": "off"}}"#),
      problems: &problems)
    #expect(problems.map(\.message) == ["unknown rule 'nope'"])
  }
}
