import Dispatch
import Foundation
import Testing

@testable import FactLedger

/// Property names are matched code point by code point, as JSON Schema compares strings, among
/// few names and many; and one compiled validator serves many threads at once.
@Suite("Schema property names and shared validators")
struct SchemaNameTests {
  private static let uri = "https://factledger.test/names"

  private static func validator(_ schema: String) throws -> SchemaValidator {
    try SchemaValidator(documents: [uri: try JSONParser().parse(Array(schema.utf8))], roots: [uri])
  }

  private static func violations(_ validator: SchemaValidator, _ instance: String) throws
    -> [String]
  {
    try validator.validate(try JSONParser().parse(Array(instance.utf8)), against: uri)
      .map(\.description)
  }

  @Test("a key with other code points is another property, though Swift's strings equate them")
  func codePoints() throws {
    // "é" as one scalar in the schema, as "e" and a combining accent in a value built in code
    // (the parser refuses such a key in a file).
    let validator = try Self.validator(
      #"{"properties": {"\u00e9": {"type": "integer"}}, "required": ["\u00e9"], "additionalProperties": false}"#
    )
    let composed = JSONValue(.object([JSONMember(key: "\u{e9}", value: .integer(1))]))
    #expect(try validator.validate(composed, against: Self.uri).isEmpty)
    let decomposed = JSONValue(
      .object([JSONMember(key: "e\u{301}", value: .string("Sam Bendett"))]))
    let found = try validator.validate(decomposed, against: Self.uri)
    #expect(
      found.map(\.message) == ["missing required property 'é'", "unexpected property 'e\u{301}'"])
    #expect(found.map { $0.message.unicodeScalars.count } == [29, 24])
  }

  /// `text` in its own heap storage, even when it is short enough to be stored inline.
  private static func inStorage(_ text: String) -> String {
    var stored = String()
    stored.reserveCapacity(64)
    stored += text
    return stored
  }

  @Test("names are the same exactly when their bytes are, however each string is stored")
  func sameBytes() {
    let texts = [
      "", "id", "field", "carriedBy", "an-attribution-carried-by-another-record", "\u{e9}",
      "e\u{301}", "Geng Shuang, a spokesman for the Chinese Foreign Ministry", "\u{212A}", "K",
    ]
    // Each text inline (or in its literal's storage), in a fresh heap storage, and rebuilt
    // from its bytes.
    let spellings = texts.flatMap {
      [$0, Self.inStorage($0), String(decoding: Array($0.utf8), as: UTF8.self)]
    }
    for left in spellings {
      for right in spellings {
        #expect(SchemaName.same(left, right) == Array(left.utf8).elementsEqual(right.utf8))
      }
    }
  }

  @Test("among many names, each is found and an unlisted one is not", arguments: [1, 7, 100])
  func manyNames(count: Int) throws {
    let names = (0..<count).map { "speaker\($0)" }
    let validator = try Self.validator(
      #"{"additionalProperties": false, "properties": {"#
        + names.map { #""\#($0)": {"const": "Geng Shuang"}"# }.joined(separator: ", ") + "}}")
    let valid = "{" + names.map { #""\#($0)": "Geng Shuang""# }.joined(separator: ", ") + "}"
    #expect(try Self.violations(validator, valid).isEmpty)
    let wrong = #"{"\#(names[count - 1])": "Vladimir Putin", "speaker": 1}"#
    #expect(
      try Self.violations(validator, wrong) == [
        #"/\#(names[count - 1]): must be "Geng Shuang""#, "/: unexpected property 'speaker'",
      ])
  }

  @Test("one validator on many threads reports what it reports on one")
  func sharedAcrossThreads() throws {
    let validator = try Self.validator(
      #"{"type": "object", "properties": {"speaker": {"type": "string", "pattern": "^[A-Z]"}, "via": {"type": "array", "items": {"enum": ["tass", "reuters"]}}}, "required": ["speaker"]}"#
    )
    let instance = try JSONParser().parse(
      Array(#"{"speaker": "a spokesman", "via": ["tass", "xinhua", "reuters"]}"#.utf8))
    let expected = try validator.validate(instance, against: Self.uri).map(\.description)
    #expect(expected.count == 2)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<200 {
        results.add((try? validator.validate(instance, against: Self.uri))?.map(\.description))
      }
    }
    #expect(results.all.count == 1600)
    #expect(results.all.allSatisfy { $0 == expected })
  }
}

/// Results gathered from several threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var all: [[String]?] = []

  func add(_ result: [String]?) {
    lock.lock()
    all.append(result)
    lock.unlock()
  }
}

/// Compiled graphs are freed once laid out as a program.
@Suite("Schema programs")
struct SchemaProgramTests {
  @Test("a compiled graph is freed once laid out, though its references form cycles")
  func graphIsFreed() throws {
    let uri = "https://factledger.test/cycle"
    let schema = try JSONParser().parse(
      Array(
        ##"{"properties": {"via": {"type": "array", "items": {"$ref": "#"}}, "speaker": {"$ref": "#/$defs/name"}}, "$defs": {"name": {"type": "string"}}}"##
          .utf8))
    weak var root: SchemaNode?
    var program: SchemaProgram?
    do {
      let compiler = SchemaCompiler(documents: [uri: schema])
      let node = try compiler.compile(uri)
      root = node
      var builder = SchemaProgram.Builder()
      #expect(builder.add(node) == 0)
      program = SchemaProgram(builder)
      compiler.dismantle()
    }
    #expect(root == nil)
    // The program still holds the whole schema: the root, `via`, its items, `speaker`, and
    // the definition it refers to.
    #expect(program?.locations.count == 5)
  }
}
