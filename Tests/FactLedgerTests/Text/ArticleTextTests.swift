import TestSupport
import Testing

@testable import FactLedger

@Suite("Article text and anchors")
struct ArticleTextTests {
  private let text = ArticleText("“Quoted,” he said. He said it again.")

  @Test("offsets count Unicode scalars: a curly quote is one")
  func scalarOffsets() {
    #expect(text.text(from: 0, to: 9) == "“Quoted,”")
    #expect(text.text(from: 10, to: 12) == "he")
    #expect(text.text(from: 30, to: 99) == nil)
  }

  @Test("an anchor at its offsets with its context is intact; changed context is reported")
  func intact() {
    let anchor = Anchor(exact: "he said", prefix: "”, ", suffix: ". He", start: 10, end: 17)
    #expect(anchor.status(in: text) == .contextChanged)
    let exactContext = Anchor(exact: "he said", prefix: "d,” ", suffix: ". He", start: 10, end: 17)
    #expect(exactContext.status(in: text) == .intact)
  }

  @Test("an anchor whose text moved is found again when it occurs once; otherwise it is missing")
  func drift() {
    let moved = Anchor(exact: "again", prefix: "", suffix: "", start: 0, end: 5)
    #expect(moved.status(in: text) == .moved(start: 30))
    let ambiguous = Anchor(exact: "said", prefix: "", suffix: "", start: 0, end: 4)
    #expect(ambiguous.status(in: text) == .missing)
  }

  @Test(
    "of several occurrences, the one place that keeps the prefix and suffix is where the words moved; none or two are left to a person"
  )
  func driftByContext() {
    // "the minister said" twice; the record's was the second, before "that the".
    let text = ArticleText(
      "A new first line. Then the minister said no. Later the minister said that the drill ended.")
    let second = 51  // the second "the minister said"
    #expect(text.text(from: second, to: second + 17) == "the minister said")
    let recorded = Anchor(
      exact: "the minister said", prefix: "ater ", suffix: " that the", start: 0, end: 17)
    #expect(recorded.status(in: text) == .moved(start: second))
    // At its old offsets stand the first occurrence's words, with other context: the
    // words moved to the occurrence whose context agrees, not stayed in the wrong place.
    let stale = Anchor(
      exact: "the minister said", prefix: "ater ", suffix: " that the", start: 23, end: 40)
    #expect(text.text(from: 23, to: 40) == "the minister said")
    #expect(stale.status(in: text) == .moved(start: second))
    // Context that agrees with neither better than the other: no guess.
    let tie = Anchor(exact: "the minister said", prefix: "", suffix: "", start: 0, end: 17)
    #expect(tie.status(in: text) == .missing)
    let otherContext = Anchor(
      exact: "the minister said", prefix: "xyz ", suffix: " qqq", start: 0, end: 17)
    #expect(otherContext.status(in: text) == .missing)
    // At its offsets with context no other occurrence has better: only the context changed.
    let changed = Anchor(
      exact: "the minister said", prefix: "Then ", suffix: " yes", start: 23, end: 40)
    #expect(changed.status(in: text) == .contextChanged)
  }

  @Test(
    "uncovered runs are those holding a letter or digit; punctuation between records needs none")
  func coverage() {
    let runs = text.uncoveredRuns(by: [0..<18, 19..<35])
    #expect(runs.isEmpty)
    let gap = text.uncoveredRuns(by: [0..<18])
    #expect(gap == [18..<36])
  }
}
