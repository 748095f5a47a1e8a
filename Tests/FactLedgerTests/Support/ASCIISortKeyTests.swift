import Testing

@testable import FactLedger

@Suite("ASCII sort keys")
struct ASCIISortKeyTests {
  /// Short strings over a few letters, so that prefixes, ties and shared starts are common.
  private static func text(_ generator: inout SplitMix64, from alphabet: [Character]) -> String {
    String(
      (0..<Int.random(in: 0...5, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      })
  }

  @Test("keys of ASCII pairs order as the pairs of strings do, with ties, prefixes and punctuation")
  func orderAsStrings() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    let alphabet: [Character] = ["a", "b", "B", "/", ".", "-", "0", "~", " ", "\u{1}", "\u{7F}"]
    for _ in 0..<4_000 {
      let first = (Self.text(&generator, from: alphabet), Self.text(&generator, from: alphabet))
      let second = (Self.text(&generator, from: alphabet), Self.text(&generator, from: alphabet))
      let keys = (ASCIISortKey(first.0, first.1)!, ASCIISortKey(second.0, second.1)!)
      #expect((keys.0 < keys.1) == (first < second), "\(first) \(second), seed \(seed)")
      #expect((keys.0 == keys.1) == (first == second), "\(first) \(second), seed \(seed)")
    }
  }

  @Test(
    "text that is not ASCII, or holds a NUL, has no key",
    arguments: ["é", "e\u{301}", "\u{212A}", "a\u{0}b", "\u{0}"])
  func noKey(part: String) {
    #expect(ASCIISortKey(part, "") == nil)
    #expect(ASCIISortKey(part) == nil)
    #expect(ASCIISortKey("claims/a.json", part) == nil)
    #expect(ASCIISortKey(part, "id") == nil)
  }

  @Test("records are put in file order alike with keys and without (a path not ASCII)")
  func lintedRecords() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    let alphabet: [Character] = ["a", "b", "-", "/", "."]
    for asciiOnly in [true, false] {
      let articles = (0..<8).map { index in
        let claims = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
          var path = "Ledger/articles/a\(index)/claims/" + Self.text(&generator, from: alphabet)
          if !asciiOnly, Bool.random(using: &generator) { path += "é" }
          return (id: Self.text(&generator, from: alphabet), path: path + ".json")
        }
        return claims
      }
      let records = articles.flatMap { $0.map { LintedRecord(id: $0.id, path: $0.path) } }
      let sorted = records.sorted { ($0.path, $0.id) < ($1.path, $1.id) }
      let articleRecords = articles.map { $0.map { LintedRecord(id: $0.id, path: $0.path) } }
      #expect(LintedRecord.inFileOrder(articleRecords: articleRecords) == sorted, "seed \(seed)")
    }
  }
}
