import Testing

@testable import FactLedger

@Suite("JSON Pointers (RFC 6901) escape '~' and '/' in their tokens")
struct JSONPointerTests {
  @Test(
    "a pointer's text and its tokens turn into each other",
    arguments: [
      ("", [String]()), ("/", [""]), ("/a/b", ["a", "b"]), ("/a~1b/c~0d", ["a/b", "c~d"]),
      ("/~01", ["~1"]), ("/~10", ["/0"]), ("/items/0/quote", ["items", "0", "quote"]),
      ("/é~1ü", ["é/ü"]),
    ])
  func roundTrip(text: String, tokens: [String]) throws {
    let pointer = try #require(JSONPointer(text))
    #expect(pointer.tokens == tokens)
    #expect(pointer.description == text)
    #expect(JSONPointer(tokens: tokens).description == text)
  }

  @Test("text that does not start with '/' is not a pointer")
  func notAPointer() {
    #expect(JSONPointer("a/b") == nil)
  }
}
