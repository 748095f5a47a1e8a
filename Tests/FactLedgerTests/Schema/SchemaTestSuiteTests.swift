import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// Runs the official JSON-Schema-Test-Suite (draft 2020-12) from
/// `../shared/conformance/JSON-Schema-Test-Suite` when it is present: every case of every
/// keyword the validator implements must pass. `remotes/` is served from disk under its
/// `http://localhost:1234/` URLs.
///
/// Not run: `vocabulary.json` (the validator does not honour custom `$vocabulary` sets).
/// `format.json` runs with format assertion off, as the suite expects by default; the
/// `optional/format/` files for the four asserted formats run with it on.
@Suite("JSON-Schema-Test-Suite conformance (draft 2020-12)")
struct SchemaTestSuiteTests {
  static let suite = RepositoryPaths.conformance("JSON-Schema-Test-Suite")

  static let keywordFiles = [
    "additionalProperties", "allOf", "anchor", "anyOf", "boolean_schema", "const", "contains",
    "content", "default", "defs", "dependentRequired", "dependentSchemas", "dynamicRef", "enum",
    "exclusiveMaximum", "exclusiveMinimum", "format", "if-then-else", "infinite-loop-detection",
    "items", "maxContains", "maxItems", "maxLength", "maxProperties", "maximum", "minContains",
    "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not", "oneOf", "pattern",
    "patternProperties", "prefixItems", "properties", "propertyNames", "ref", "refRemote",
    "required", "type", "unevaluatedItems", "unevaluatedProperties", "uniqueItems",
  ]

  static let assertedFormatFiles = ["date", "date-time", "uri", "email"]

  static let skipNote: Comment =
    "JSON-Schema-Test-Suite not found at ../shared/conformance; skipped (a user's clone has no shared folder)"

  /// The documents of `remotes/`, by their `http://localhost:1234/` URLs, and the meta-schemas.
  static let remoteDocuments: [String: JSONValue] = {
    var documents = Metaschema.parsedDocuments
    guard let remotes = suite?.appendingPathComponent("remotes") else { return documents }
    let enumerator = FileManager.default.enumerator(atPath: remotes.path)
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".json"),
        let data = FileManager.default.contents(
          atPath: remotes.appendingPathComponent(relative).path),
        let value = try? JSONParser().parse([UInt8](data))
      else { continue }
      documents["http://localhost:1234/" + relative] = value
    }
    return documents
  }()

  private func runCases(in file: URL, assertsFormat: Bool) throws {
    let groups = try #require(try JSONParser().parse([UInt8](Data(contentsOf: file))).arrayValue)
    for (index, group) in groups.enumerated() {
      let description = group["description"]?.stringValue ?? "group \(index)"
      let uri = "https://conformance.factledger.test/\(file.lastPathComponent)/\(index)"
      var documents = Self.remoteDocuments
      let schema: JSONValue = try #require(group["schema"])
      documents[uri] = schema
      let validator: SchemaValidator
      let stepByStep: SchemaValidator
      do {
        validator = try SchemaValidator(
          documents: documents, roots: [uri], assertsFormat: assertsFormat)
        stepByStep = try SchemaValidator(
          documents: documents, roots: [uri], assertsFormat: assertsFormat,
          entersReferences: false)
      } catch {
        Issue.record("\(file.lastPathComponent) '\(description)': schema refused: \(error.message)")
        continue
      }
      for test in try #require(group["tests"]?.arrayValue) {
        let expected = test["valid"] == .bool(true)
        let data = try #require(test["data"])
        let isValid = try validator.isValid(data, against: uri)
        #expect(
          isValid == expected,
          "\(file.lastPathComponent) '\(description)': '\(test["description"]?.stringValue ?? "")'")
        // A reporting evaluation must agree with the quiet one (`validate` asks the quiet one
        // first, so it is called here on its own).
        let violations = validator.reportedViolations(
          of: data, root: try #require(validator.root(of: uri)))
        #expect(
          violations.isEmpty == expected,
          "\(file.lastPathComponent) '\(description)': reporting disagrees")
        #expect(
          try validator.validate(data, against: uri) == violations,
          "\(file.lastPathComponent) '\(description)': validate differs from reporting")
        // A schema that is only a `$ref`, laid out as its target, reports what it did as a
        // step of its own.
        #expect(
          try stepByStep.validate(data, against: uri) == violations,
          "\(file.lastPathComponent) '\(description)': a '$ref' laid out as its target differs")
      }
    }
  }

  @Test(
    "every case of each implemented keyword passes", .enabled(if: suite != nil, skipNote),
    arguments: keywordFiles)
  func keyword(name: String) throws {
    let file = try #require(Self.suite).appendingPathComponent("tests/draft2020-12/\(name).json")
    try runCases(in: file, assertsFormat: name != "format")
  }

  @Test(
    "the asserted formats pass their optional suites", .enabled(if: suite != nil, skipNote),
    arguments: assertedFormatFiles)
  func assertedFormat(name: String) throws {
    let file = try #require(Self.suite).appendingPathComponent(
      "tests/draft2020-12/optional/format/\(name).json")
    try runCases(in: file, assertsFormat: true)
  }
}
