import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// `anchor-drift` and what `lint --fix` does with it: words moved, gone, standing several
/// times or once amid other words, and the cue that goes with its anchor.
@Suite("Lint rule: anchor drift")
struct AnchorDriftRuleTests: SourcedLedgerTest {
  private let folder: TemporaryFolder
  let root: String

  init() throws {
    folder = try TemporaryFolder()
    root = try Self.copyFixture(into: folder)
  }

  @Test(
    "anchor-drift: words that moved are found and --fix moves the anchor; vanished words are an error"
  )
  func anchorDrift() throws {
    let file = claims + "drill-a-success.json"
    try edit(file) {
      $0.replacingOccurrences(of: "\"start\": 131,", with: "\"start\": 130,").replacingOccurrences(
        of: "\"end\": 201", with: "\"end\": 200")
    }
    let drifted = try lint()
    #expect(rules(drifted) == [.anchorDrift])
    #expect(drifted.findings[0].movedAnchor?.start == 131)
    #expect(try AnchorFixer(root: root).fix(drifted.findings) == ["drill-a-success"])
    #expect(try lint().findings.isEmpty)
    try edit(file) {
      $0.replacingOccurrences(of: "The drill was a success", with: "The drill was a failure")
    }
    let missing = try lint()
    #expect(
      missing.findings.first { $0.rule == .anchorDrift }?.message
        == "the words of 'drill-a-success' are not in the article as written; the most similar passage is '“The drill was a success,” the ministry’s spokesperson told…' at line 3, column 107"
    )
    #expect(missing.findings.first { $0.rule == .anchorDrift }?.movedAnchor == nil)
  }

  @Test("anchor-drift: words that were never in the article show the nearest passage, folded")
  func anchorNeverFound() throws {
    try edit(claims + "drill-a-success.json") {
      $0.replacingOccurrences(
        of: "\"exact\": \"“The drill was a success,” the ministry’s",
        with: "\"exact\": \"\\\"The drill was a success,\\\" the ministry's")
    }
    let finding = try #require(try lint().findings.first { $0.rule == .anchorDrift })
    #expect(
      finding.message
        == "the words of 'drill-a-success' are not in the article as written; the nearest passage is '“The drill was a success,” the ministry’s spokesperson told…' at line 3, column 107 (it differs in: curly vs straight quotes)"
    )
    #expect(finding.location == SourceLocation(line: 7, column: 14))
  }

  @Test("anchor-drift: words gone from a changed article are no longer in it")
  func anchorGone() throws {
    try edit(root + "/articles/wire-2020-01-02/article.txt") {
      $0.replacingOccurrences(of: "The drill was a success", with: "The drill went well")
    }
    let finding = try #require(try lint().findings.first { $0.rule == .anchorDrift })
    #expect(
      finding.message.hasPrefix("the words of 'drill-a-success' are no longer in the article; "))
  }

  @Test(
    "anchor-drift: words that stand twice elsewhere, both times with their context, are named with their places, not moved"
  )
  func anchorAmbiguous() throws {
    let text = root + "/articles/wire-2020-01-02/article.txt"
    try edit(text) {
      "Wire\n\n" + $0 + "\n\nNavies Hold Joint Drill\n\nThe navies of two countries held it.\n"
    }
    let finding = try #require(
      try lint().findings.first { $0.rule == .anchorDrift && $0.recordID == "headline" })
    #expect(
      finding.message
        == "the words of 'headline' are not at their offsets and stand 2 times in the article (at 3:1, 8:1); move the anchor by hand"
    )
    #expect(finding.movedAnchor == nil)
  }

  @Test("anchor-drift: a cue whose words moved is found, at the cue's offsets, and --fix moves it")
  func cueDrift() throws {
    let file = claims + "joint-drill-december.json"
    try edit(file) {
      $0.replacingOccurrences(of: "\"start\": 112,", with: "\"start\": 110,")
        .replacingOccurrences(of: "\"end\": 124", with: "\"end\": 122")
    }
    let drifted = try lint()
    #expect(rules(drifted) == [.anchorDrift])
    let finding = try #require(drifted.findings.first)
    #expect(finding.fix == .moveCue(to: TextSpan(exact: "according to", start: 112, end: 124)))
    #expect(finding.location == SourceLocation(line: 21, column: 16))
    #expect(
      finding.message
        == "the cue 'according to' of 'joint-drill-december' moved from 110..<122 to 112..<124; 'lint --fix' moves the cue"
    )
    #expect(try AnchorFixer(root: root).fix(drifted.findings) == ["joint-drill-december"])
    #expect(try lint().findings.isEmpty)
  }

  @Test("anchor-drift: a cue whose words stand twice is not moved, and points at its words")
  func cueAmbiguous() throws {
    try edit(claims + "joint-drill-december.json") {
      $0.replacingOccurrences(of: "\"exact\": \"according to\"", with: "\"exact\": \"the\"")
    }
    let finding = try #require(try lint().findings.first)
    #expect(finding.fix == nil)
    #expect(finding.location == SourceLocation(line: 20, column: 16))
  }

  private var text: String { root + "/articles/wire-2020-01-02/article.txt" }
  private let sentence = "“The drill was a success,” the ministry’s spokesperson told reporters."

  @Test("an anchor whose end alone is wrong is moved back, not called missing")
  func endWrong() throws {
    try edit(claims + "drill-a-success.json") {
      $0.replacingOccurrences(of: "\"end\": 201", with: "\"end\": 195")
    }
    let finding = try #require(try lint().findings.first { $0.rule == .anchorDrift })
    #expect(finding.movedAnchor?.start == 131)
    #expect(finding.movedAnchor?.end == 201)
  }

  @Test(
    "words that stand once elsewhere amid other words are not moved: the finding names the place"
  )
  func onceAmidOtherWords() throws {
    try edit(text) {
      $0.replacingOccurrences(of: " \(sentence)", with: " It went well.")
        .replacingOccurrences(
          of: "Drill\n\n", with: "Drill\n\nIn brief: \(sentence) More later.\n\n")
    }
    let findings = try lint().findings.filter { $0.recordID == "drill-a-success" }
    let anchor = try #require(findings.first { $0.location.line == 7 })
    #expect(
      anchor.message
        == "the words of 'drill-a-success' are not at their offsets and stand once in the article (at 3:11), amid other words than the record's prefix and suffix; move the anchor by hand"
    )
    #expect(findings.allSatisfy { $0.fix == nil }, "\(findings.map(\.message))")
    // Its cue is not moved either while the anchor is not.
    #expect(
      findings.contains {
        $0.message.hasSuffix("it is not moved while the record's words are not found")
      }, "\(findings.map(\.message))")
  }

  @Test("a moved anchor takes its cue along, though the cue's old offsets still hold its word")
  func cueGoesWithAnchor() throws {
    // A copy stands later, after the words the record's prefix holds.
    try edit(text) {
      $0.replacingOccurrences(of: "told reporters.", with: "told reporters on Monday.")
        + "\nAs the ministry said, according to TASS. \(sentence)\n"
    }
    let drifted = try lint()
    let moved = try #require(drifted.findings.first { $0.movedAnchor != nil })
    let cue = try #require(drifted.findings.first { $0.movedCue != nil })
    #expect(cue.movedCue?.start == (moved.movedAnchor?.start ?? 0) + (186 - 131))
    #expect(try AnchorFixer(root: root).fix(drifted.findings) == ["drill-a-success"])
    #expect(try lint().findings.allSatisfy { $0.rule != .anchorDrift })
  }

  @Test(
    "after a line is added at the top, only that line is uncovered: records cover their words where they moved"
  )
  func uncoveredAfterDrift() throws {
    try edit(text) { "An editor's note.\n\n" + $0 }
    let uncovered = try lint().findings.filter { $0.rule == .uncoveredSentence }
    #expect(uncovered.map(\.message) == ["no record covers 'An editor's note.'"])
  }
}
