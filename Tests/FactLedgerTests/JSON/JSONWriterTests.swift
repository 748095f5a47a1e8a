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
}
