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

  @Test("an ellipsis and three full stops fold alike, either way round, never split")
  func ellipsis() throws {
    let text = ArticleText("It was ready… then “we will see...” came. Wait.. no.")
    let dots = try #require(NearestPassage.find("ready... then", in: text))
    #expect(text.text(from: dots.range.lowerBound, to: dots.range.upperBound) == "ready… then")
    #expect(dots.match == .folded([.ellipsis]))
    let character = try #require(NearestPassage.find("we will see…”", in: text))
    #expect(
      text.text(from: character.range.lowerBound, to: character.range.upperBound)
        == "we will see...”")
    #expect(character.match == .folded([.ellipsis]))
    #expect(NearestPassage.foldedMatches(of: "ready..", in: text).isEmpty)
    #expect(NearestPassage.foldedMatches(of: ". then", in: text).isEmpty)
    #expect(NearestPassage.foldedMatches(of: "Wait…", in: text).isEmpty)
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
