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

  @Test("a precomposed letter and its decomposed spelling fold alike, either way round")
  func canonicalEquivalence() throws {
    let decomposed = ArticleText("Cafe\u{301} Ame\u{301}lie said \"yes\" today.")
    let found = try #require(NearestPassage.find("café amélie said", in: decomposed))
    #expect(
      decomposed.text(from: found.range.lowerBound, to: found.range.upperBound)
        == "Cafe\u{301} Ame\u{301}lie said")
    let precomposed = ArticleText("Café said so.")
    let back = try #require(NearestPassage.find("Cafe\u{301} said", in: precomposed))
    #expect(precomposed.text(from: back.range.lowerBound, to: back.range.upperBound) == "Café said")
    #expect(back.match == .folded([]))
    #expect(found.match == .folded([.letterCase]))
  }

  @Test(
    "a letter with two marks is found whatever their order or composition",
    arguments: [
      "Vi\u{1EC7}t Nam", "Vie\u{323}\u{302}t Nam", "Vi\u{EA}\u{323}t Nam", "Vie\u{302}\u{323}t Nam",
    ])
  func twoMarks(spelling: String) {
    for text in ["Vi\u{1EC7}t Nam won.", "Vie\u{302}\u{323}t Nam won."].map(ArticleText.init) {
      #expect(
        NearestPassage.foldedMatches(of: spelling, in: text).count == 1,
        "\(spelling.unicodeScalars.map(\.value))")
    }
  }

  @Test("a passage never parts an emoji from its skin tone, nor a flag's two halves")
  func emoji() {
    let waved = ArticleText("He waved \u{1F44D}\u{1F3FD} twice.")
    #expect(ClaimDrafter.places(of: "waved \u{1F44D}", in: waved).0.isEmpty)
    #expect(NearestPassage.foldedMatches(of: "waved \u{1F44D}", in: waved).isEmpty)
    #expect(ClaimDrafter.places(of: "waved \u{1F44D}\u{1F3FD}", in: waved).0 == [3..<11])
    let flag = ArticleText("Flags \u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA} fly.")
    #expect(ClaimDrafter.places(of: "\u{1F1F7}\u{1F1E9}", in: flag).0.isEmpty)
    #expect(ClaimDrafter.places(of: "\u{1F1E9}\u{1F1EA} fly", in: flag).0 == [8..<14])
    #expect(!ArticleText("a\r\nb").isCharacterBoundary(2))
    // Ten flags in a row: every even offset into the run is a boundary, every odd one not.
    let flags = ArticleText("a" + String(repeating: "\u{1F1EB}\u{1F1F7}", count: 10) + " b")
    for offset in 1...21 {
      #expect(flags.isCharacterBoundary(offset) == (offset % 2 == 1), "\(offset)")
    }
  }

  @Test("a match never takes a letter without its combining mark, nor a mark without its letter")
  func combiningMarks() {
    let text = ArticleText("Cafe\u{301} and Cafe.")
    #expect(NearestPassage.foldedMatches(of: "cafe", in: text) == [10..<14])
    #expect(NearestPassage.foldedMatches(of: "\u{301} and", in: text).isEmpty)
    #expect(ClaimDrafter.places(of: "Cafe", in: text).0 == [10..<14])
    #expect(ClaimDrafter.places(of: "Caf", in: ArticleText("Cafe\u{301}")).0 == [0..<3])
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

  @Test("the most similar passage is the one a window-by-window count finds, on random texts")
  func similarMatchesBruteForce() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    let vocabulary = ["drill", "navy", "the", "said", "joint", "Russia", "China", "a", "of"]
    func words(_ count: Int) -> [String] {
      (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
    }
    for _ in 0..<200 {
      let article = words(Int(generator.next() % 60) + 1)
      let wanted = words(Int(generator.next() % 8) + 1) + ["zebra"]
      let text = ArticleText(article.joined(separator: " "))
      let found = NearestPassage.find(wanted.joined(separator: " "), in: text)
      // Brute force: every window of as many words, scored afresh.
      let length = min(wanted.count, article.count)
      var best: (score: Int, inPlace: Int, start: Int)?
      for start in 0...(article.count - length) {
        let window = Array(article[start..<start + length]).map { $0.lowercased() }
        var counts: [String: Int] = [:]
        for key in wanted { counts[key.lowercased(), default: 0] += 1 }
        var score = 0
        for word in window where counts[word, default: 0] > 0 {
          counts[word]! -= 1
          score += 1
        }
        let inPlace = zip(window, wanted.map { $0.lowercased() }).filter { $0 == $1 }.count
        if score > 0, best.map({ (score, inPlace) > ($0.score, $0.inPlace) }) ?? true {
          best = (score, inPlace, start)
        }
      }
      let expected = best.map { best in
        article[best.start..<best.start + length].joined(separator: " ")
      }
      let shown = found.flatMap { text.text(from: $0.range.lowerBound, to: $0.range.upperBound) }
      #expect(shown == expected, "seed \(seed): \(article) / \(wanted)")
    }
  }
}
