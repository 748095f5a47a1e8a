import Foundation
import Testing

@testable import FactLedger

/// What a violation reports: message, instance pointer, keyword location and line:column, for
/// the keywords whose evaluation has fast paths (type bits, property lookup by comparison or
/// by hash, item indices).
@Suite("Schema violations: messages, pointers and locations")
struct SchemaReportingTests {
  private static let uri = "https://factledger.test/reporting"

  private static func violations(schema: String, instance: String) throws -> [SchemaViolation] {
    let validator = try SchemaValidator(
      documents: [uri: try JSONParser().parse(Array(schema.utf8))], roots: [uri])
    return try validator.validate(try JSONParser().parse(Array(instance.utf8)), against: uri)
  }

  @Test("a type failure lists the allowed types sorted, and names the value's type")
  func type() throws {
    let found = try Self.violations(
      schema: #"{"type": ["string", "null", "integer"]}"#, instance: "1.5")
    #expect(found.map(\.message) == ["expected integer or null or string, not number"])
    #expect(found.map(\.keywordLocation) == ["\(Self.uri)#/type"])
    #expect(try Self.violations(schema: #"{"type": "integer"}"#, instance: "2.0").isEmpty)
  }

  @Test(
    "properties are found among few names and among many, with the member's pointer",
    arguments: [3, 20])
  func properties(count: Int) throws {
    let names = (0..<count).map { "p\($0)" }
    let schema =
      #"{"additionalProperties": false, "properties": {"#
      + names.map { #""\#($0)": {"type": "integer"}"# }.joined(separator: ", ") + "}}"
    let last = names[count - 1]
    let instance = "{\n  \"\(names[0])\": 1,\n  \"\(last)\": \"x\",\n  \"extra\": 2\n}"
    let found = try Self.violations(schema: schema, instance: instance)
    #expect(
      found.map(\.description) == [
        "/\(last): expected integer, not string", "/: unexpected property 'extra'",
      ])
    #expect(
      found.map { "\($0.location.line):\($0.location.column)" } == ["3:\(last.count + 7)", "4:3"])
    #expect(
      found.map(\.keywordLocation) == [
        "\(Self.uri)#/properties/\(last)/type", "\(Self.uri)#/additionalProperties",
      ])
  }

  @Test("an item's failure carries its index in the pointer")
  func items() throws {
    let found = try Self.violations(
      schema: #"{"items": {"type": "string", "pattern": "^[a-z]+$"}}"#,
      instance: #"["ab", "cd", "Geng Shuang"]"#)
    #expect(found.map(\.description) == [#"/2: "Geng Shuang" does not match '^[a-z]+$'"#])
  }

  @Test(
    "string lengths count Unicode scalars, not bytes",
    arguments: [
      ("é", 2, 2, false), ("日本", 2, 2, true), ("😀😀😀", 3, 3, true), ("😀😀😀", 4, 4, false),
      ("e\u{301}", 2, 2, true), ("", 0, 0, true), ("abcd", 1, 3, false),
    ])
  func lengths(text: String, minimum: Int, maximum: Int, isValid: Bool) throws {
    let schema = #"{"minLength": \#(minimum), "maxLength": \#(maximum)}"#
    let instance = String(
      decoding: JSONWriter().compactString(for: .string(text)).utf8, as: UTF8.self)
    #expect(try Self.violations(schema: schema, instance: instance).isEmpty == isValid)
  }
}
