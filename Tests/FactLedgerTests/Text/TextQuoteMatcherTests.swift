import Testing

@testable import FactLedger

@Suite("Re-anchoring by text quote")
struct TextQuoteMatcherTests {
  private func matcher(_ text: String) -> TextQuoteMatcher {
    TextQuoteMatcher(text: ArticleText(text))
  }

  @Test("moved text is found at its new offsets, with the new prefix and suffix")
  func moved() throws {
    let old = Anchor(
      exact: "the drill", prefix: "Navies held ", suffix: " in May.", start: 12, end: 21)
    let found = try #require(matcher("BREAKING: Navies held the drill in May.").relocate(old))
    #expect(
      found
        == Anchor(
          exact: "the drill", prefix: "BREAKING: Navies held ", suffix: " in May.", start: 22,
          end: 31))
  }

  @Test("of several exact matches, the one whose prefix and suffix agree wins, wherever it is")
  func duplicatedByContext() throws {
    let text = "He said no. Then she said no. Later he said yes."
    let match = try #require(
      matcher(text).locate(exact: "said", prefix: "she ", suffix: " no. Later", near: 40))
    #expect(match.start == 21)
    #expect(match.candidates == 3)
  }

  @Test("with context that agrees equally, the match nearest the old offset wins")
  func duplicatedByOffset() throws {
    let text = "ab ab ab ab"
    #expect(try #require(matcher(text).locate(exact: "ab", near: 7)).start == 6)
    #expect(try #require(matcher(text).locate(exact: "ab", near: 4)).start == 3)
  }

  @Test("words that are gone are not guessed at")
  func gone() {
    let old = Anchor(exact: "a joint drill", prefix: "", suffix: "", start: 0, end: 13)
    #expect(matcher("Navies held an exercise.").relocate(old) == nil)
  }

  @Test("a cue is found inside its record's new anchor before anywhere else")
  func cue() throws {
    let text = "X said a. Y said b."
    let cue = TextSpan(exact: "said", start: 2, end: 6)
    let found = try #require(matcher(text).relocate(cue, within: 10..<19, near: 0))
    #expect(found == TextSpan(exact: "said", start: 12, end: 16))
    #expect(
      matcher(text).relocate(TextSpan(exact: "told", start: 0, end: 4), within: 0..<19, near: 0)
        == nil)
  }
}
