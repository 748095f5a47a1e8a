import Foundation
import TestSupport
import Testing

/// What `extract` drafts, byte for byte: the seed article, and a long made-up one built from it
/// (its text again as one paragraph, then a paragraph of a repeated full name, of quotations
/// with no speaker, and of agencies cited through outlets), so that work on the drafter's
/// speed cannot change a draft. The golden files are `Snapshots/extract-*.txt`; after a change
/// meant to alter the drafts, re-record them with
/// `FACTLEDGER_RECORD_SNAPSHOTS=1 swift test --filter ExtractGoldenTests` and review the
/// difference.
@Suite("extract's drafts, byte for byte")
struct ExtractGoldenTests {
  /// The long article: the seed's text, then the same as one paragraph, then three paragraphs
  /// that once made drafting quadratic.
  static func longText(_ seed: String) -> String {
    let oneParagraph = seed.split(whereSeparator: \.isNewline).joined(separator: " ")
    let named = (0..<40).map { "Vladimir Putin said the drills began on day \($0)." }
    let quoted = (0..<40).map { "\u{201C}The drills are number \($0) of many.\u{201D}" }
    let cited = (0..<40).map {
      "The ships sailed on day \($0), according to TASS, as reported by Newsweek."
    }
    return [
      seed, oneParagraph, named.joined(separator: " "), quoted.joined(separator: " "),
      cited.joined(separator: " "),
    ]
    .joined(separator: "\n\n") + "\n"
  }

  @Test(
    "the seed article's drafts and a long article's are their golden files",
    arguments: ["seed", "long"])
  func drafts(kind: String) throws {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    let seed = try String(
      contentsOfFile: RepositoryPaths.ledger + "/articles/crespo-2020-05-27/article.txt",
      encoding: .utf8)
    try folder.write(kind == "seed" ? seed : Self.longText(seed), to: "story.txt")
    let added = try CLIRunner.run(
      [
        "add", "story.txt", "--article", "story", "--title", "A story", "--published", "2020-05-27",
      ],
      in: folder.url)
    try #require(added.status == 0, "\(added.stderr)")
    let result = try CLIRunner.run(["extract", "--article", "story", "--stdout"], in: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    let golden = LintCommandTests.snapshots.appendingPathComponent("extract-\(kind).txt")
    if ProcessInfo.processInfo.environment["FACTLEDGER_RECORD_SNAPSHOTS"] != nil {
      try result.stdout.write(to: golden, atomically: false, encoding: .utf8)
    }
    #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
  }
}
