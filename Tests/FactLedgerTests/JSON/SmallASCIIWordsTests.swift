import Testing

@testable import FactLedger

/// Keys and raw values compared by their words answer as `==` does, however the text was made.
@Suite("Short ASCII text compared by its words")
struct SmallASCIIWordsTests {
  /// `text` made in each way a key or value can be made: a literal, from bytes, by the parser,
  /// by joining, from a substring, grown and cut back (the last keeps its storage: a short
  /// text held out of line, which has no words and is compared whole).
  private static func spellings(of text: String) throws -> [String] {
    var grown = text + String(repeating: "x", count: 40)
    grown.removeLast(40)
    let parsed = try JSONParser().parse(
      [UInt8](("[\"" + text.replacingOccurrences(of: "\\", with: "\\\\") + "\"]").utf8))
    return [
      text, String(decoding: Array(text.utf8), as: UTF8.self), String(text.dropFirst(0)),
      String(text.prefix(text.count)) + "", parsed.arrayValue?.first?.stringValue ?? "", grown,
    ]
  }

  private static let texts = [
    "", "a", "id", "kind", "text", "note", "anchor", "attribution", "organization", "description",
    "abcdefghijklmno", "abcdefghijklmnop", "Kind", "\u{212A}ind", "kind\u{301}", "t\u{E9}xt",
    "carriedBy", "reviewURLTemplate", "sourcedKinds", "sourced\u{212A}inds", "a;", "a\u{37E}",
  ]

  @Test("a text made inline has words exactly when it is ASCII and at most 15 bytes long")
  func wordsOfShortASCII() throws {
    for text in Self.texts {
      let isShortASCII = text.utf8.count <= 15 && text.utf8.allSatisfy { $0 < 0x80 }
      var heldOutOfLine = text + String(repeating: "x", count: 40)
      heldOutOfLine.removeLast(40)
      #expect(SmallASCIIWords.of(heldOutOfLine) == nil, "\(text)")
      for spelling in try Self.spellings(of: text).dropLast() {
        #expect((SmallASCIIWords.of(spelling) != nil) == isShortASCII, "\(text)")
        var copy = spelling
        let inPlace = withUnsafePointer(to: &copy) { SmallASCIIWords.words(at: $0) }
        #expect(
          SmallASCIIWords.isSmallASCII(inPlace) == isShortASCII
            && (!isShortASCII || SmallASCIIWords.of(spelling)! == inPlace), "\(text)")
      }
    }
  }

  @Test("two short ASCII texts have equal words exactly when they are equal")
  func equalWordsAreEqualTexts() throws {
    for first in Self.texts {
      for second in Self.texts {
        for one in try Self.spellings(of: first) {
          for other in try Self.spellings(of: second) {
            guard let words = SmallASCIIWords.of(one), let others = SmallASCIIWords.of(other)
            else { continue }
            #expect((words == others) == (one == other), "\(first) \(second)")
          }
        }
      }
    }
  }

  @Test("an allowed key is found in its slot for text made in every way, as == finds it")
  func keySlotsAgreeWithEquality() throws {
    let allowed = [
      "id", "article", "draft", "kind", "text", "anchor", "attribution", "assertions", "note",
      "waivers", "reviews", "sourcedKinds", "reviewURLTemplate",
    ]
    let keys: FieldKeys = [
      "id", "article", "draft", "kind", "text", "anchor", "attribution", "assertions", "note",
      "waivers", "reviews", "sourcedKinds", "reviewURLTemplate",
    ]
    for text in Self.texts + allowed + allowed.map({ $0 + "s" }) {
      for spelling in try Self.spellings(of: text) {
        let expected = allowed.firstIndex { $0 == spelling }
        #expect(keys.slot(of: spelling) == expected, "\(spelling.unicodeScalars.map(\.value))")
        var copy = spelling
        #expect(withUnsafePointer(to: &copy) { keys.slot(ofKeyAt: $0) } == expected)
      }
    }
  }

  @Test("a member is filed in its slot once, the first time; other slots stay empty")
  func memberSlots() {
    var slots = MemberSlots()
    #expect((0..<MemberSlots.capacity).allSatisfy { slots[$0] == nil })
    slots.file(70_000, in: 15)
    slots.file(3, in: 0)
    slots.file(1, in: 0)
    slots.file(0, in: 7)
    slots.file(5, in: 7)
    #expect(slots[0] == 3 && slots[7] == 0 && slots[15] == 70_000)
    #expect([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14].allSatisfy { slots[$0] == nil })
  }

  @Test("a key met again after many members is read from its first member, where it stands")
  func firstOfManyMembers() throws {
    let many = (0..<70_000).map { index in
      JSONMember(
        key: index % 2 == 0 ? "extra\(index)" : "text",
        keyLocation: SourceLocation(line: index + 1, column: 1),
        value: JSONValue(
          .string("Geng Shuang \(index)"), at: SourceLocation(line: index + 1, column: 9)))
    }
    let json = JSONValue(.object(many))
    let keys: FieldKeys = ["text"]
    var problems: [DecodingProblem] = []
    withExtendedLifetime(json) {
      let reader = FieldReader(json, as: "claim", keys: keys, problems: &problems)
      #expect(reader?.string("text", problems: &problems) == "Geng Shuang 1")
    }
    #expect(problems.count == 35_000)
    #expect(
      problems.first.map { "\($0.location): \($0.message)" } == "1:1: unknown key 'extra0' in claim"
    )
  }
}
