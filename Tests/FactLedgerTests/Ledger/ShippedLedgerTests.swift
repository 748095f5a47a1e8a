import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// The ledger shipped in `Ledger/`: it must load cleanly, anchor every record exactly, and
/// account for every word of the article.
@Suite("The shipped ledger")
struct ShippedLedgerTests {
  private let ledger: Ledger

  init() throws {
    ledger = try LedgerLoader().load(at: RepositoryPaths.ledger)
  }

  @Test("loads with no errors and no warnings")
  func loadsCleanly() {
    #expect(ledger.warnings.isEmpty)
    #expect(!ledger.articles.isEmpty)
  }

  @Test("every anchor's exact text stands at its offsets, with its prefix and suffix")
  func anchorsAreIntact() {
    for article in ledger.articles {
      let text = ArticleText(article.text)
      for loaded in article.claims {
        #expect(loaded.claim.anchor.status(in: text) == .intact, "\(loaded.claim.id)")
      }
    }
  }

  @Test("every cue stands at its offsets, in its own sentence or in the one that carries it")
  func cuesAreAnchored() throws {
    for article in ledger.articles {
      let text = ArticleText(article.text)
      let anchors = Dictionary(
        uniqueKeysWithValues: article.claims.map { ($0.claim.id, $0.claim.anchor) })
      for loaded in article.claims {
        guard let cue = loaded.claim.attribution.cue else { continue }
        #expect(text.text(from: cue.start, to: cue.end) == cue.exact, "\(loaded.claim.id)")
        let homes =
          [loaded.claim.anchor]
          + [loaded.claim.attribution.carriedBy.flatMap { anchors[$0] }].compactMap { $0 }
        #expect(
          homes.contains { $0.start <= cue.start && cue.end <= $0.end },
          "\(loaded.claim.id): cue outside its sentence")
      }
    }
  }

  @Test("the records account for every word of the article, page furniture included")
  func everyWordIsCovered() {
    for article in ledger.articles {
      let text = ArticleText(article.text)
      let uncovered = text.uncoveredRuns(
        by: article.claims.map { $0.claim.anchor.start..<$0.claim.anchor.end })
      #expect(
        uncovered.isEmpty,
        "uncovered: \(uncovered.map { text.text(from: $0.lowerBound, to: $0.upperBound)! })")
    }
  }

  @Test("each article's text matches the SHA-256 in its metadata")
  func textHashes() throws {
    for article in ledger.articles {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: article.textPath))
      #expect(SHA256.hexDigest(of: bytes) == article.article.sha256)
    }
  }

  @Test(
    "every claim of a kind the policy requires to be sourced names its speaker or outlet when attributed"
  )
  func attributionsNameASource() {
    for loaded in ledger.claims where loaded.claim.attribution.isSourced {
      let attribution = loaded.claim.attribution
      #expect(attribution.speaker != nil || attribution.outlet != nil, "\(loaded.claim.id)")
      #expect(
        attribution.cue != nil || attribution.kind == .contextual,
        "\(loaded.claim.id): explicit without a cue")
    }
  }

  @Test("every period a claim asserts lies before the article's publication date")
  func periodsResolveIntoThePast() {
    for article in ledger.articles {
      for loaded in article.claims {
        for case .period(let period) in loaded.claim.assertions.map(\.value) {
          #expect(period.end < article.article.published, "\(loaded.claim.id): \(period)")
        }
      }
    }
  }

  @Test("re-writing every file from the model changes no byte")
  func writerIsStable() throws {
    let writer = JSONWriter()
    func expectUnchanged(_ value: JSONValue, at path: String) throws {
      let onDisk = try String(contentsOfFile: path, encoding: .utf8)
      #expect(writer.string(for: value) == onDisk, "\(path)")
    }
    try expectUnchanged(ledger.policy.json, at: ledger.root + "/factledger.json")
    try expectUnchanged(ledger.sources.json, at: ledger.root + "/sources.json")
    for article in ledger.articles {
      try expectUnchanged(article.article.json, at: article.path)
      for loaded in article.claims {
        try expectUnchanged(loaded.claim.json, at: loaded.path)
      }
    }
  }
}
