import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// A quiet evaluation has a path of its own (`quietlyAccepts`): it reads values in place, looks
/// names up by the words of a small string, checks `properties` and `additionalProperties` in
/// one pass over an object's members, and decides an `allOf` of `if`s on one property's value
/// with one look-up. Each of these must answer as the reporting evaluation does.
@Suite("The quiet evaluation's own path")
struct QuietPathTests {
  private static let uri = "https://factledger.test/quiet"

  private static func validator(_ schema: String) throws -> SchemaValidator {
    try SchemaValidator(documents: [uri: try JSONParser().parse(schema)], roots: [uri])
  }

  /// Whether the quiet path accepts `instance`, after checking that the reporting evaluation
  /// agrees (no violation exactly when it accepts) and that `validate` reports the same.
  private static func accepts(_ validator: SchemaValidator, _ instance: JSONValue) throws -> Bool {
    let root = try #require(validator.root(of: uri))
    let accepted = validator.isValid(instance, root: root)
    let reported = validator.reportedViolations(of: instance, root: root)
    #expect(accepted == reported.isEmpty, "\(JSONWriter().compactString(for: instance))")
    #expect(validator.validate(instance, root: root) == reported)
    return accepted
  }

  @Test("a value's type, members, items and text read in place are those its case holds")
  func payloadInPlace() throws {
    let values = try [
      "null", "true", "false", "-12.5e3", "7", #""""#, #""Geng Shuang""#,
      #""Sam Bendett, a fellow at the Center for Naval Analyses""#, "[]", #"[1, "a", [2]]"#,
      "{}", #"{"speaker": "Vladimir Putin", "role": {"name": "a spokesman"}}"#,
    ].map { try JSONParser().parse($0) }
    for value in values {
      withUnsafePointer(to: value) { pointer in
        #expect(pointer.typeBit == SchemaTypes.bit(ofScalar: value))
        switch value.kind {
        case .object(let members):
          let read = pointer.objectMembers
          #expect(read.count == members.count)
          #expect(read.baseAddress == value.membersInPlace?.baseAddress)
          #expect(Array(read) == members)
        case .array(let elements):
          let read = pointer.arrayElements
          #expect(read.baseAddress == value.elementsInPlace?.baseAddress)
          #expect(Array(read) == elements)
        case .string(let text):
          #expect(pointer.stringText.pointee == text)
        case .number(let number):
          #expect(pointer.stringText.pointee == number.literal)
        case .null, .bool:
          break
        }
      }
    }
  }

  /// `text` in its own heap storage, even when it is short enough to be stored inline.
  private static func inStorage(_ text: String) -> String {
    var stored = String()
    stored.reserveCapacity(64)
    stored += text
    return stored
  }

  @Test("a name hashes and compares by its bytes alone, however its string is stored")
  func namesByBytes() {
    let texts = [
      "", "a", "id", "field", "carriedBy", "\u{e9}", "e\u{301}", "participants",
      "123456789012345", "1234567890123456", "\u{65e5}\u{672c}\u{8a9e}\u{65e5}\u{672c}",
      "Geng Shuang, a spokesman", "\u{212A}", "K", "k",
    ]
    let spellings = texts.flatMap {
      [$0, Self.inStorage($0), String(decoding: Array($0.utf8), as: UTF8.self)]
    }
    for left in spellings {
      let bytes = Array(left.utf8)
      #expect(SchemaName.hash(left) == bytes.withUnsafeBufferPointer(SchemaName.hash(bytes:)))
      for right in spellings {
        let sameBytes = bytes.elementsEqual(right.utf8)
        if sameBytes { #expect(SchemaName.hash(left) == SchemaName.hash(right)) }
        withUnsafePointer(to: left) { leftText in
          withUnsafePointer(to: right) { rightText in
            #expect(SchemaName.same(at: leftText, rightText) == sameBytes, "\(left) \(right)")
          }
        }
      }
    }
    // Names that differ in one byte, or only in length, hash apart.
    let hashes = Set(texts.map(SchemaName.hash))
    #expect(hashes.count == texts.count)
  }

  @Test("an enum finds a string stored on the heap, and refuses near misses")
  func enumInStorage() throws {
    let validator = try Self.validator(#"{"enum": ["quote", "speaker", "é", "participants"]}"#)
    for text in ["quote", "speaker", "\u{e9}", "participants"] {
      #expect(try Self.accepts(validator, .string(Self.inStorage(text))))
      #expect(try Self.accepts(validator, .string(text)))
    }
    for text in ["quot", "quotes", "Quote", "e\u{301}", "\u{e9}\u{e9}", "participant", ""] {
      #expect(try !Self.accepts(validator, .string(Self.inStorage(text))))
      #expect(try !Self.accepts(validator, .string(text)))
    }
  }

  /// `properties`, `additionalProperties`, `patternProperties` and `required` side by side.
  private static let objects = #"""
    {"allOf": [
      {"properties": {"speaker": {"type": "string"}, "role": {"minLength": 2}},
       "additionalProperties": false, "required": ["speaker"]},
      {"properties": {"name": true}, "patternProperties": {"^x-": {"type": "integer"}},
       "additionalProperties": {"type": "boolean"}},
      {"properties": {}, "additionalProperties": {"not": {"type": "null"}}},
      {"additionalProperties": {"const": "a spokesman"}, "patternProperties": {"^n": true}}
    ]}
    """#

  @Test("properties and additionalProperties in one pass judge as one keyword after another")
  func onePassOverMembers() throws {
    // The four schemas of `objects` one at a time, and all at once.
    let whole = try JSONParser().parse(Self.objects)
    let schemas = whole["allOf"]!.arrayValue!.map { JSONWriter().compactString(for: $0) }
    let instances = [
      #"{"speaker": "Geng Shuang"}"#, #"{"speaker": "Geng Shuang", "role": "a"}"#,
      #"{"speaker": 1}"#, #"{"role": "a spokesman"}"#, #"{"speaker": "x", "name": null}"#,
      #"{"x-count": 3, "vague": true}"#, #"{"x-count": 3.5}"#, #"{"vague": "yes"}"#,
      #"{"name": null}"#, #"{"note": "a spokesman"}"#, #"{"note": null}"#, "{}", "[]", "3",
      #"{"speaker": "a spokesman", "speaker2": "a spokesman"}"#,
    ]
    var outcomes: Set<Bool> = []
    for schema in schemas + [Self.objects] {
      let validator = try Self.validator(schema)
      for text in instances {
        outcomes.insert(try Self.accepts(validator, try JSONParser().parse(text)))
      }
    }
    #expect(outcomes == [true, false])
  }

  @Test("required is judged by the names found, or one by one past 64 properties")
  func requiredBeyondSixtyFour() throws {
    let names = (0..<70).map { "speaker\($0)" }
    let schema =
      #"{"properties": {"# + names.map { #""\#($0)": {"type": "string"}"# }.joined(separator: ", ")
      + #"}, "required": ["speaker3", "speaker69"]}"#
    let validator = try Self.validator(schema)
    #expect(
      try Self.accepts(validator, try JSONParser().parse(#"{"speaker3": "a", "speaker69": "b"}"#)))
    #expect(try !Self.accepts(validator, try JSONParser().parse(#"{"speaker3": "a"}"#)))
    #expect(try !Self.accepts(validator, try JSONParser().parse(#"{"speaker69": "b"}"#)))
    #expect(
      try !Self.accepts(validator, try JSONParser().parse(#"{"speaker3": 1, "speaker69": "b"}"#)))
  }

  /// An `allOf` of `if`s that test `field`, with `then` and `else`; `isGeneral` adds a keyword
  /// that changes nothing to one of them, so that it is not laid out as a switch.
  private static func conditions(isGeneral: Bool) -> String {
    #"""
    {"allOf": [
      {"if": {"properties": {"field": {"enum": ["participants", "location", 1, null]}}},
       "then": {"properties": {"value": {"type": "array", "minItems": 1}}}\#(isGeneral ? #", "minProperties": 0"# : "")},
      {"if": {"properties": {"field": {"const": "period"}}},
       "then": {"properties": {"value": {"type": "object"}}},
       "else": {"properties": {"value": {"not": {"type": "object"}}}}},
      {"if": {"properties": {"field": {"enum": ["quote", "speaker", "location", "é"]}}},
       "then": {"required": ["value"], "properties": {"value": {"type": ["string", "array"]}}}},
      {"if": {"properties": {"field": {"enum": []}}}, "else": {"required": ["field"]}}
    ]}
    """#
  }

  @Test("an allOf of ifs on one property's value, looked up once, chooses as each if does")
  func valueSwitch() throws {
    let fast = try Self.validator(Self.conditions(isGeneral: false))
    let general = try Self.validator(Self.conditions(isGeneral: true))
    #expect(fast.program.tables.switches.count == 1)
    #expect(general.program.tables.switches.isEmpty)
    let instances = [
      #"{"field": "participants", "value": ["Russia"]}"#,
      #"{"field": "participants", "value": []}"#,
      #"{"field": "location", "value": ["Siberia"]}"#,
      #"{"field": "location", "value": "Siberia"}"#,
      #"{"field": "location"}"#, #"{"field": "period", "value": {}}"#,
      #"{"field": "period", "value": []}"#, #"{"field": "quote", "value": "Geng Shuang"}"#,
      #"{"field": "quote", "value": {}}"#, #"{"field": "quote"}"#, #"{"field": "é", "value": 1}"#,
      #"{"field": "e\u0301", "value": {}}"#, #"{"field": "e\u0301", "value": 1}"#,
      #"{"field": "Quote", "value": 1}"#, #"{"field": 1, "value": []}"#,
      #"{"field": 1.0, "value": ["a"]}"#, #"{"field": null, "value": [1]}"#,
      #"{"field": [1], "value": 1}"#, #"{"value": ["a"]}"#, #"{"value": []}"#, "{}", "[]",
      #""quote""#,
    ]
    var outcomes: Set<Bool> = []
    for text in instances {
      let instance = try JSONParser().parse(text)
      let accepted = try Self.accepts(fast, instance)
      #expect(accepted == (try Self.accepts(general, instance)), "\(text)")
      outcomes.insert(accepted)
    }
    #expect(outcomes == [true, false])
  }

  @Test("the claim schema's ifs on an assertion's field and an attribution's type are switches")
  func claimSwitches() throws {
    let validator = try SchemaValidator(
      documents: LedgerSchemas.documents, roots: [SchemaKind.claim.uri])
    let tables = validator.program.tables
    let names = tables.switches.map { tables.names[$0.name] }
    #expect(names.sorted() == ["field", "type"])
    #expect(tables.switches.map(\.count).sorted() == [2, 4])
  }

  @Test(
    "each shipped file, broken in each place, is judged by the quiet path as it is reported",
    arguments: [
      ("articles/crespo-2020-05-27/article.json", SchemaKind.article),
      ("sources.json", .sources), ("factledger.json", .policy), ("gazetteer.json", .gazetteer),
      ("evidence/crespo-2020-05-27.json", .evidence),
    ])
  func shippedFiles(path: String, kind: SchemaKind) throws {
    let validator = try SchemaValidator(documents: LedgerSchemas.documents, roots: [kind.uri])
    let root = try #require(validator.root(of: kind.uri))
    let file = try JSONParser().parse(
      [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.ledger + "/" + path))))
    #expect(validator.isValid(file, root: root))
    var invalid = 0
    for variant in QuietEvaluationTests.variants(of: file).prefix(1500) {
      let reported = validator.reportedViolations(of: variant, root: root)
      #expect(validator.isValid(variant, root: root) == reported.isEmpty)
      if !reported.isEmpty { invalid += 1 }
    }
    #expect(invalid > 0)
  }
}
