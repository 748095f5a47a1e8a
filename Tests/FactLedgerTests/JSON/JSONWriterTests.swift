import Foundation
import Testing

@testable import FactLedger

@Suite("The JSON writer: one layout, however the text is made")
struct JSONWriterTests {
  /// A record with every kind of value, and text that must be escaped.
  private static func record(_ number: Int) -> JSONValue {
    .object([
      "id": .string("claim-\(number)"), "line": .integer(number), "vague": .bool(number % 2 == 0),
      "speaker": number % 3 == 0 ? .null : .string("Geng Shuang \"said\"\n\t\u{01}"),
      "via": .array(number % 5 == 0 ? [] : [.string("TASS"), .string("Newsweek — ü")]),
      "nested": .object(number % 7 == 0 ? [:] : ["reasons": .array([.string("misquote")])]),
    ])
  }

  @Test(
    "a streamed array writes the same bytes as the whole document, at any length",
    arguments: [0, 1, 2, 255, 256, 257, 511, 512, 513, 4_097, 9_000])
  func streamedArrayMatchesWholeDocument(count: Int) {
    let elements = (0..<count).map(Self.record)
    let whole = JSONWriter().bytes(
      for: .object([
        "count": .integer(count), "claims": .array(elements),
        "summary": .object(["done": .bool(true)]),
      ]))
    var pieces: [[UInt8]] = []
    JSONWriter().stream(
      [
        JSONMember(key: "count", value: .integer(count)),
        JSONMember(key: "claims", value: .array([])),
        JSONMember(key: "summary", value: .object(["done": .bool(true)])),
      ], streaming: "claims",
      as: JSONWriter.StreamedArray(count: count) { Self.record($0) }
    ) { pieces.append($0) }
    #expect(pieces.joined().elementsEqual(whole))
    // A long array comes in several pieces: it never stood whole before the first was written.
    if count > 512 { #expect(pieces.count > 2) }
  }

  @Test(
    "members made after a streamed array can count its elements, and keep the layout",
    arguments: [0, 1, 600])
  func tailAfterStreamedArray(count: Int) {
    let made = Counter()
    var pieces: [[UInt8]] = []
    JSONWriter().stream(
      [JSONMember(key: "claims", value: .array([]))], streaming: "claims",
      as: JSONWriter.StreamedArray(count: count) {
        made.add()
        return Self.record($0)
      },
      then: { [JSONMember(key: "made", value: .integer(made.value))] },
      into: { pieces.append($0) })
    let whole = JSONWriter().bytes(
      for: .object(["claims": .array((0..<count).map(Self.record)), "made": .integer(count)]))
    #expect(pieces.joined().elementsEqual(whole))
  }

  @Test("a document of only members made afterwards is written whole")
  func onlyTail() {
    var pieces: [[UInt8]] = []
    JSONWriter().stream(
      [], streaming: "claims", as: JSONWriter.StreamedArray(count: 0) { Self.record($0) },
      then: { [JSONMember(key: "done", value: .bool(true))] }, into: { pieces.append($0) })
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == "{\n  \"done\": true\n}\n")
  }

  /// Counts calls from any thread.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() {
      lock.lock()
      count += 1
      lock.unlock()
    }
    var value: Int {
      lock.lock()
      defer { lock.unlock() }
      return count
    }
  }

  @Test("a long array written on all cores keeps its order and layout")
  func longArrayLayout() throws {
    let count = 3_000
    let text = JSONWriter().string(for: .array((0..<count).map { .integer($0) }))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "[")
    #expect(lines[1] == "  0,")
    #expect(lines[count] == "  \(count - 1)")
    #expect(lines[count + 1] == "]")
    let parsed = try JSONParser().parse(text)
    #expect(parsed.arrayValue?.compactMap(\.intValue) == Array(0..<count))
  }

  @Test("strings escape quotes, backslashes and controls, and keep other text as UTF-8")
  func escapes() {
    let text = JSONWriter().compactString(
      for: .string("a\"b\\c\n\r\t\u{08}\u{0C}\u{00}\u{1F}\u{7F}é😀"))
    #expect(text == #""a\"b\\c\n\r\t\b\f\u0000\u001f"# + "\u{7F}é😀\"")
  }

  /// The escaped text of `bytes` the slow way, a byte at a time.
  private static func quotedByteByByte(_ bytes: [UInt8]) -> String {
    var out = "\""
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case _ where scalar.value < 0x20:
        out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  @Test(
    "a byte to escape is found at every position of strings long and short, beside any other",
    arguments: [0x00, 0x01, 0x0A, 0x1F, 0x22, 0x5C])
  func escapeAtEveryPosition(special: UInt8) {
    // Neighbours that must not be escaped, among them the bytes next to the special ones and
    // the bytes of a two-byte UTF-8 character.
    let neighbours: [[UInt8]] = [[0x20], [0x21], [0x23], [0x5B], [0x5D], [0x7F], [0xC3, 0xA9]]
    for length in 0...24 {
      for filler in neighbours {
        let plain = Array(Array(repeating: filler, count: length).joined())
        #expect(
          JSONWriter().compactString(for: .string(String(decoding: plain, as: UTF8.self)))
            == Self.quotedByteByByte(plain))
        for position in stride(from: 0, through: plain.count, by: filler.count) {
          var bytes = plain
          bytes.insert(special, at: position)
          let text = String(decoding: bytes, as: UTF8.self)
          #expect(
            JSONWriter().compactString(for: .string(text)) == Self.quotedByteByByte(bytes),
            "\(special) at \(position) of \(bytes.count)")
        }
      }
    }
  }

  @Test("the eight-byte test the writer shares with the parser finds a byte to escape exactly")
  func wordTestIsExact() {
    let needs = { (byte: UInt8) in byte < 0x20 || byte == 0x22 || byte == 0x5C }
    for lane in 0..<8 {
      for value in 0...255 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[lane] = UInt8(value)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect((ByteWord(bits: word).stringDelimiters != 0) == needs(UInt8(value)))
      }
    }
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for _ in 0..<20_000 {
      let word = generator.next() as UInt64
      let bytes = withUnsafeBytes(of: word) { Array($0) }
      #expect(
        (ByteWord(bits: word).stringDelimiters != 0) == bytes.contains(where: needs),
        "\(bytes), seed \(seed)")
    }
  }
}
