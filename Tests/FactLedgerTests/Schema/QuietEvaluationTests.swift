import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// `validate` asks a quiet evaluation first (no pointer, no message, stops at the first
/// failure) and evaluates again, reporting, only an invalid instance: its answers must be the
/// reporting evaluation's, on the shipped records broken in every place.
@Suite("Quiet evaluation first: the same violations as a reporting evaluation")
struct QuietEvaluationTests {
  private static let validator = try! SchemaValidator(
    documents: LedgerSchemas.documents, roots: [SchemaKind.claim.uri])
  private static let root = validator.root(of: SchemaKind.claim.uri)!
  /// The same schema with each schema that is only a `$ref` kept as a step of its own.
  private static let stepByStep = try! SchemaValidator(
    documents: LedgerSchemas.documents, roots: [SchemaKind.claim.uri], assertsFormat: true,
    entersReferences: false)

  /// The shipped claim records, parsed.
  private static func shippedClaims() throws -> [JSONValue] {
    let folder = RepositoryPaths.ledger + "/articles/crespo-2020-05-27/claims"
    return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map {
      try JSONParser().parse([UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))))
    }
  }

  /// Values of every type, and near misses of the strings the schemas list or match.
  private static func replacements(for value: JSONValue) -> [JSONValue] {
    var found: [JSONValue] = [
      .null, .bool(true), .integer(-1), .number(JSONNumber(literal: "2.5")!), .string(""),
      .string("Geng Shuang"), .array([.integer(3)]), .object(["a spokesman": .integer(1)]),
    ]
    if let text = value.stringValue, !text.isEmpty {
      found += [text + "s", String(text.dropLast()), text.uppercased(), "é" + text].map {
        .string($0)
      }
    }
    return found
  }

  /// `value` broken once in each place: each member removed or replaced, an unknown member
  /// added to each object, each item replaced.
  static func variants(of value: JSONValue) -> [JSONValue] {
    switch value.kind {
    case .object(let members):
      var found = [JSONValue(.object(members + [JSONMember(key: "spokesman", value: .null)]))]
      for index in members.indices {
        var removed = members
        removed.remove(at: index)
        found.append(JSONValue(.object(removed)))
        let member = members[index].value
        for replacement in replacements(for: member) + variants(of: member) {
          var changed = members
          changed[index].value = replacement
          found.append(JSONValue(.object(changed)))
        }
      }
      return found
    case .array(let elements):
      var found: [JSONValue] = []
      for index in elements.indices {
        for replacement in replacements(for: elements[index]) + variants(of: elements[index]) {
          var changed = elements
          changed[index] = replacement
          found.append(JSONValue(.array(changed)))
        }
      }
      return found
    default:
      return []
    }
  }

  @Test("each shipped record, broken in each place, gets the reporting evaluation's violations")
  func brokenRecords() throws {
    var invalid = 0
    for claim in try Self.shippedClaims().prefix(8) {
      #expect(Self.validator.validate(claim, root: Self.root).isEmpty)
      for variant in Self.variants(of: claim) {
        let reported = Self.validator.reportedViolations(of: variant, root: Self.root)
        #expect(Self.validator.isValid(variant, root: Self.root) == reported.isEmpty)
        #expect(Self.validator.validate(variant, root: Self.root) == reported)
        #expect(
          Self.stepByStep.validate(variant, root: Self.stepByStep.root(of: SchemaKind.claim.uri)!)
            == reported)
        if !reported.isEmpty { invalid += 1 }
      }
    }
    // The variants do break records: most of them are invalid.
    #expect(invalid > 1000)
  }

  /// Leaves that only judge a value, each with its own keywords.
  private static let leaves = #"""
    {"properties": {
      "type": {"type": ["string", "null"]}, "enum": {"enum": ["quote", 1, [1], {"a": 1}]},
      "const": {"const": 2.0}, "bounds": {"minimum": 0, "exclusiveMaximum": 10},
      "length": {"type": "string", "minLength": 2, "maxLength": 3},
      "pattern": {"pattern": "^[a-z]+$"}, "date": {"type": "string", "format": "date"},
      "multiple": {"multipleOf": 0.5}, "empty": {},
      "items": {"contains": {"type": "string", "minLength": 2}, "minContains": 2}
    }}
    """#

  @Test("a leaf that only judges a value, checked in a row, judges as the reporting evaluation")
  func valueLeaves() throws {
    let uri = "https://factledger.test/leaves"
    let validator = try SchemaValidator(
      documents: [uri: try JSONParser().parse(Self.leaves)], roots: [uri])
    let root = try #require(validator.root(of: uri))
    let values: [String] = [
      "null", "true", "2", "2.0", "-0", "9.5", "10", "-1", "1e400", "0.25", #""""#, #""ab""#,
      #""abcd""#, #""é日""#, #""2018-09-11""#, #""2018-13-01""#, #""Geng Shuang""#,
      #""quote""#, "[1]", "[1, 2]", #"{"a": 1}"#, #"{"a": 1.0}"#, #"["ab", "cd"]"#,
      #"["ab", 1]"#,
    ]
    var outcomes: Set<Bool> = []
    for key in [
      "type", "enum", "const", "bounds", "length", "pattern", "date", "multiple", "empty", "items",
    ] {
      for value in values {
        let instance = try JSONParser().parse("{\"\(key)\": \(value)}")
        let reported = validator.reportedViolations(of: instance, root: root)
        #expect(validator.isValid(instance, root: root) == reported.isEmpty, "\(key): \(value)")
        #expect(validator.validate(instance, root: root) == reported)
        outcomes.insert(reported.isEmpty)
      }
    }
    #expect(outcomes == [true, false])
  }

  @Test("a violation inside a subschema chosen by 'if' keeps its full pointer and location")
  func pointerThroughConditions() throws {
    let text = #"""
      {"id": "a", "article": "b", "kind": "quote", "text": "",
       "anchor": {"exact": "x", "prefix": "", "suffix": "", "start": 0, "end": -0},
       "attribution": {"type": "none", "cue": {"exact": "", "start": -1, "end": 1}},
       "assertions": [{"field": "speaker", "value": "Geng Shuang"},
                      {"field": "location", "value": ["Moscow", 3]},
                      {"field": "count", "value": {"amount": 1, "unit": "", "tolerance": -0.5}}],
       "reviews": []}
      """#
    let violations = Self.validator.validate(try JSONParser().parse(text), root: Self.root)
    #expect(
      violations.map { "\($0.location) \($0.description)" } == [
        #"3:17 /attribution: {"type":"none","cue":{"exact":"","start… matches a schema it must not match (not)"#,
        "3:64 /attribution/cue/start: -1 is below the minimum 0",
        "5:59 /assertions/1/value/1: expected string, not integer",
        #"6:67 /assertions/2/value/unit: "" is shorter than 1 characters"#,
        "6:84 /assertions/2/value/tolerance: -0.5 is below the minimum 0",
      ])
  }

  @Test(
    "a whole number read from its bytes compares as its parsed value does",
    arguments: [
      "0", "-0", "7", "-7", "123456789012345", "-12345678901234", "1234567890123456",
      "-123456789012345", "9007199254740993", "1.5", "-0.0", "1e2", "1E400", "-1e-400",
    ])
  func comparableDouble(literal: String) throws {
    let value = JSONValue.number(try #require(JSONNumber(literal: literal)))
    let read = try #require(value.comparableDouble)
    #expect(read.bitPattern == Double(literal)!.bitPattern)
    #expect(read.bitPattern == value.doubleValue!.bitPattern)
  }

  @Test(
    "minimum and maximum judge whole numbers at their limits as before",
    arguments: [
      (#"{"minimum": 0}"#, "-0", [String]()),
      (#"{"minimum": 0}"#, "-1", ["-1 is below the minimum 0"]),
      (#"{"exclusiveMinimum": 0}"#, "-0", ["-0 is not above the minimum 0"]),
      (#"{"maximum": 99999}"#, "100000", ["100000 is above the maximum 99999"]),
      (#"{"exclusiveMaximum": 5}"#, "5", ["5 is not below the maximum 5"]),
      (
        #"{"maximum": 1e15}"#, "1000000000000001",
        ["1000000000000001 is above the maximum 1000000000000000.0"]
      ),
      (#"{"minimum": -3}"#, "-3", [String]()),
    ])
  func numberLimits(schema: String, instance: String, expected: [String]) throws {
    let uri = "https://factledger.test/limits"
    let validator = try SchemaValidator(
      documents: [uri: try JSONParser().parse(schema)], roots: [uri])
    let violations = try validator.validate(try JSONParser().parse(instance), against: uri)
    #expect(violations.map(\.message) == expected)
  }
}
