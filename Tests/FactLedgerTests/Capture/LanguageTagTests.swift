import Testing

@testable import FactLedger

@Suite("BCP 47 language tags add takes")
struct LanguageTagTests {
  @Test(
    "well-formed tags are taken",
    arguments: [
      "en", "EN", "pt-BR", "zh-Hant-TW", "sr-Latn-RS", "es-419", "x-private", "i-klingon",
      "de-CH-1901", "abcdefgh",
    ])
  func wellFormed(tag: String) {
    #expect(LanguageTag.isWellFormed(tag))
  }

  @Test(
    "anything else is refused",
    arguments: [
      "", "e", "en_US", "not a tag!!", "en-", "-en", "en--US", "x", "abcdefghi",
      "en-abcdefghi", "é", "1en",
    ])
  func malformed(tag: String) {
    #expect(!LanguageTag.isWellFormed(tag))
  }
}
