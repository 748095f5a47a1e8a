import Testing

@testable import FactLedger

/// Duplicate keys: the parser compares a key only with earlier keys of the same fingerprint,
/// so these cases make keys that share a length, a first byte or a last byte, that differ in one
/// byte or one length, and that are spelt with escapes, and check every object against a plain
/// model (the first key seen twice, with both its places, or none).
@Suite("JSON parser: duplicate keys")
struct JSONParserDuplicateKeyTests {
  /// Keys alike in length, first and last byte; some the same text spelt two ways.
  private static let keys: [(spelling: String, text: String)] = [
    ("id", "id"), ("ix", "ix"), ("xd", "xd"), ("i", "i"), ("idd", "idd"), ("kind", "kind"),
    ("king", "king"), ("kinds", "kinds"), ("text", "text"), ("texts", "texts"),
    ("tent", "tent"), ("anchor", "anchor"), ("anchors", "anchors"), ("\\u0069d", "id"),
    ("kin\\u0064", "kind"), ("caf\u{E9}", "caf\u{E9}"), ("caf\\u00e9", "caf\u{E9}"),
    ("caf\u{EA}", "caf\u{EA}"), ("", ""), ("\\n", "\n"), ("attribution", "attribution"),
    ("attributioN", "attributioN"), ("speakerDescription", "speakerDescription"),
    ("speakerDescriptiom", "speakerDescriptiom"),
  ]

  @Test("an object is refused exactly when a key repeats, naming the first pair", arguments: 0..<60)
  func randomObjects(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    // Sizes on both sides of 32 members, where the search turns into a dictionary.
    let size = [1, 2, 5, 15, 31, 32, 33, 40, 70][seed % 9]
    // Small objects draw from all the keys; large ones from numbered keys plus a few of them.
    var members: [(spelling: String, text: String)] = []
    for position in 0..<size {
      if size > 20, random.next(upperBound: UInt64(4)) != 0 {
        let name = "k\(position)"
        members.append((name, name))
      } else {
        members.append(Self.keys[Int(random.next(upperBound: UInt64(Self.keys.count)))])
      }
    }
    var source = "{\n"
    for (position, member) in members.enumerated() {
      source += "  \"\(member.spelling)\": \(position)" + (position + 1 < size ? ",\n" : "\n")
    }
    source += "}"

    var firstLine: [String: Int] = [:]
    var expected: JSONSyntaxError?
    for (position, member) in members.enumerated() {
      if let line = firstLine[member.text] {
        expected = .duplicateKey(
          member.text, first: SourceLocation(line: line, column: 3),
          second: SourceLocation(line: position + 2, column: 3))
        break
      }
      firstLine[member.text] = position + 2
    }
    let result = Result { () throws(JSONSyntaxError) in try JSONParser().parse(source) }
    if let expected {
      #expect(result == .failure(expected))
    } else {
      let parsed = try result.get()
      #expect(parsed.objectMembers?.map(\.key) == members.map(\.text))
    }
    // Duplicates allowed: every member is kept, in order.
    let lenient = try JSONParser(allowsDuplicateKeys: true).parse(source)
    #expect(lenient.objectMembers?.map(\.key) == members.map(\.text))
  }

  @Test(
    "a key that matches an earlier one but for one byte or its length is a different key",
    arguments: ["attribution", "id", "speakerDescription"])
  func nearMisses(key: String) throws {
    var variants: [String] = [key + "s", String(key.dropLast())]
    for offset in 0..<key.utf8.count {
      var bytes = Array(key.utf8)
      bytes[offset] ^= 0x20
      variants.append(String(decoding: bytes, as: UTF8.self))
    }
    for variant in variants {
      let value = try JSONParser().parse("{\"\(key)\": 1, \"\(variant)\": 2}")
      #expect(value.objectMembers?.map(\.key) == [key, variant])
      #expect(
        throws: JSONSyntaxError.duplicateKey(
          variant, first: .init(line: 1, column: 9 + key.utf8.count),
          second: .init(line: 1, column: 16 + key.utf8.count + variant.utf8.count))
      ) {
        try JSONParser().parse("{\"\(key)\": 1, \"\(variant)\": 2, \"\(variant)\": 3}")
      }
    }
  }
}
