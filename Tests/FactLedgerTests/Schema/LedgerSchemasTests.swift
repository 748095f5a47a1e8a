import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The shared compiled schemas: each kind reaches its own, and an object's keys, hashed once,
/// are found by every subschema that reads the object.
@Suite("The ledger's compiled schemas")
struct LedgerSchemasTests {
  /// A violation as a user reads it.
  private static func shown(_ violations: [SchemaViolation]) -> [String] {
    violations.map { "\($0.location) \($0.instancePath) \($0.keywordLocation): \($0.message)" }
  }

  /// Values of every JSON type, and the shipped ledger's files of each kind that has one.
  private static func instances(for kind: SchemaKind) throws -> [JSONValue] {
    var values: [JSONValue] = [
      .object([:]), .array([]), .string("geng-shuang"), .integer(1), .null,
      try JSONParser().parse(#"{"id": "Vladimir Putin", "items": [{"id": 1}], "version": "2"}"#),
    ]
    let ledger = URL(fileURLWithPath: RepositoryPaths.ledger)
    let files: [SchemaKind: String] = [
      .policy: "factledger.json", .sources: "sources.json", .gazetteer: "gazetteer.json",
      .article: "articles/crespo-2020-05-27/article.json",
      .claim: "articles/crespo-2020-05-27/claims/analysts-russia-junior-partner.json",
    ]
    if let file = files[kind] {
      let bytes = try [UInt8](Data(contentsOf: ledger.appendingPathComponent(file)))
      values.append(try JSONParser().parse(bytes))
    }
    return values
  }

  @Test("each kind has its own place among the compiled schemas")
  func ordinals() {
    let ordinals = SchemaKind.allCases.map(\.ordinal)
    #expect(ordinals == Array(SchemaKind.allCases.indices))
  }

  @Test(
    "each kind is validated against its own schema, as a validator compiled for it alone finds",
    arguments: SchemaKind.allCases)
  func ownSchema(kind: SchemaKind) throws {
    let alone = try SchemaValidator(documents: LedgerSchemas.documents, roots: [kind.uri])
    for value in try Self.instances(for: kind) {
      let expected = try alone.validate(value, against: kind.uri).map { violation in
        var shortened = violation
        shortened.keywordLocation = String(
          violation.keywordLocation.dropFirst(LedgerSchemas.baseURI.count))
        return shortened
      }
      #expect(Self.shown(LedgerSchemas.shared.validate(value, as: kind)) == Self.shown(expected))
    }
  }

  @Test("the shipped claim is valid, and a broken copy is faulted at each broken place")
  func shippedClaim() throws {
    let path = RepositoryPaths.ledger + "/articles/crespo-2020-05-27/claims/author-bio.json"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(LedgerSchemas.shared.validate(try JSONParser().parse(text), as: .claim).isEmpty)
    text = text.replacingOccurrences(of: #""reviews""#, with: #""reviewz""#)
    let messages = LedgerSchemas.shared.validate(try JSONParser().parse(text), as: .claim).map {
      "\($0.instancePath): \($0.message)"
    }
    #expect(
      messages == [": missing required property 'reviews'", ": unexpected property 'reviewz'"])
  }

  private static let uri = "https://factledger.test/keys"

  /// Members named in `properties` and read again by in-place subschemas (`allOf`, `if`),
  /// with keys short and long (inline and heap strings), ASCII and not.
  private static let schema = #"""
    {
      "type": "object",
      "properties": {
        "field": {"type": "string"},
        "an-attribution-carried-by-another-record": {"type": "integer"},
        "Geng Shuang, a spokesman": {"type": "string"},
        "\u00e9": {"type": "boolean"}
      },
      "additionalProperties": false,
      "allOf": [
        {"if": {"properties": {"field": {"const": "quote"}}}, "then": {"required": ["\u00e9"]}},
        {"properties": {"an-attribution-carried-by-another-record": {"minimum": 3}}},
        {"properties": {"Geng Shuang, a spokesman": {"maxLength": 5}}}
      ]
    }
    """#

  @Test(
    "an object's keys are found by every subschema that reads them, short or long",
    arguments: [
      (#"{"field": "quote", "é": true}"#, [String]()),
      (
        #"{"field": "quote"}"#,
        ["1:1 : missing required property 'é'"]
      ),
      (
        #"{"an-attribution-carried-by-another-record": 2, "Geng Shuang, a spokesman": "Geng Shuang"}"#,
        [
          // The `if` holds when `field` is absent, so `é` is required.
          "1:1 : missing required property 'é'",
          "1:46 /an-attribution-carried-by-another-record: 2 is below the minimum 3",
          #"1:77 /Geng Shuang, a spokesman: "Geng Shuang" is longer than 5 characters"#,
        ]
      ),
      (
        #"{"e": 1, "field ": "x", "an-attribution-carried-by-another-recorD": 1, "é": 1}"#,
        [
          "1:2 : unexpected property 'e'", "1:10 : unexpected property 'field '",
          "1:25 : unexpected property 'an-attribution-carried-by-another-recorD'",
          "1:77 /é: expected boolean, not integer",
        ]
      ),
    ])
  func keys(instance: String, expected: [String]) throws {
    let validator = try SchemaValidator(
      documents: [Self.uri: try JSONParser().parse(Self.schema)], roots: [Self.uri])
    let violations = try validator.validate(try JSONParser().parse(instance), against: Self.uri)
    #expect(violations.map { "\($0.location) \($0.instancePath): \($0.message)" } == expected)
  }
}
