import TestSupport
import Testing

@testable import FactLedger

@Suite("Nearest passage")
struct NearestPassageTests {
  private let text = ArticleText(
    "Navies Hold Joint Drill\n\n“The drill was a success,” the ministry’s spokesperson said — twice."
  )

  @Test("straight quotes find the curly ones, and the difference is named")
  func quotes() throws {
    let passage = try #require(
      NearestPassage.find("\"The drill was a success,\" the ministry's", in: text))
    #expect(passage.range == 25..<66)
    #expect(passage.match == .folded([.quotes]))
  }

  @Test("dashes, spacing and letter case fold too")
  func otherFolds() throws {
    let passage = try #require(NearestPassage.find("SAID  - twice", in: text))
    #expect(
      text.text(from: passage.range.lowerBound, to: passage.range.upperBound) == "said — twice")
    #expect(passage.match == .folded([.dashes, .spacing, .letterCase]))
  }

  @Test("with no folded match, the passage that shares the most words is shown")
  func similar() throws {
    let passage = try #require(NearestPassage.find("the drill was a failure", in: text))
    #expect(passage.match == .similar)
    #expect(
      text.text(from: passage.range.lowerBound, to: passage.range.upperBound)
        == "“The drill was a success,”")
  }

  @Test("words that share nothing with the text have no nearest passage")
  func nothing() {
    #expect(NearestPassage.find("zebra quartz", in: text) == nil)
  }
}
