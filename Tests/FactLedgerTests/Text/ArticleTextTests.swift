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
    "uncovered runs are those holding a letter or digit; punctuation between records needs none")
  func coverage() {
    let runs = text.uncoveredRuns(by: [0..<18, 19..<35])
    #expect(runs.isEmpty)
    let gap = text.uncoveredRuns(by: [0..<18])
    #expect(gap == [18..<36])
  }
}
