import Testing

@testable import FactLedger

@Suite("Ids read from their bytes")
struct SlugBytesTests {
  @Test(
    "a lowercase slug of up to 128 bytes is an id, short or long",
    arguments: [
      "a", "0", "geng-shuang", "analysts-russia-junior-partner-12345", "9-", "a--b",
      String(repeating: "a", count: 128), "x" + String(repeating: "-", count: 127),
    ])
  func valid(id: String) {
    #expect(Slug.isValid(id))
  }

  @Test(
    "anything else is refused, wherever the bad byte stands",
    arguments: [
      "", "-a", "A", "geng-Shuang", "geng_shuang", "geng shuang", "a/b", "..", "a.json",
      "sam-bendett\u{301}", "caf\u{E9}", "\u{212A}", "putin\n",
      String(repeating: "a", count: 129), String(repeating: "a", count: 127) + "-Z",
      String(repeating: "a", count: 20) + "\u{0}",
    ])
  func invalid(id: String) {
    #expect(!Slug.isValid(id))
  }
}
