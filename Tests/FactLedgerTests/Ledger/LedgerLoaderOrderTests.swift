import Testing

@testable import FactLedger

/// The loader's two checks on each record that read keys in place: the file's name, and the
/// record's place in its article.
@Suite("Loading a ledger: file names and text order")
struct LedgerLoaderOrderTests {
  /// A claim file's text with its anchor at `start..<end` of the fixture's article.
  private static func claim(id: String, start: Int, end: Int) -> String {
    LedgerFixture.claim(id: id).replacingOccurrences(
      of: #""start": 0, "end": 31"#, with: #""start": \#(start), "end": \#(end)"#)
  }

  @Test("records stand in text order: by anchor start, then end, then id")
  func textOrder() throws {
    let fixture = try LedgerFixture(claims: [
      "c-b": Self.claim(id: "c-b", start: 0, end: 31),
      "c-a": Self.claim(id: "c-a", start: 0, end: 31),
      "a-z": Self.claim(id: "a-z", start: 10, end: 14),
      "c-z": Self.claim(id: "c-z", start: 0, end: 9),
      "b-y": Self.claim(id: "b-y", start: 32, end: 49),
      "b-x": Self.claim(id: "b-x", start: 15, end: 49),
    ])
    let ledger = try LedgerLoader().load(at: fixture.root)
    #expect(ledger.articles[0].claims.map(\.id) == ["c-z", "c-a", "c-b", "a-z", "b-x", "b-y"])
  }

  @Test(
    "many records with shared starts and ends stand by start, end, then id, whatever their file names"
  )
  func textOrderOfMany() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    var anchors: [String: (start: Int, end: Int)] = [:]
    for number in 0..<60 {
      let start = Int.random(in: 0...4, using: &generator) * 10
      anchors["r\(Int.random(in: 0...9, using: &generator))-\(number)"] = (
        start, start + Int.random(in: 1...3, using: &generator) * 5
      )
    }
    // File names in another order than the ids: each file is named after its id reversed.
    let fixture = try LedgerFixture(
      claims: Dictionary(
        uniqueKeysWithValues: anchors.map { id, anchor in
          (String(id.reversed()), Self.claim(id: id, start: anchor.start, end: anchor.end))
        }))
    let (ledger, _) = try LedgerLoader().loadLeniently(at: fixture.root)
    let expected = anchors.sorted {
      ($0.value.start, $0.value.end, $0.key) < ($1.value.start, $1.value.end, $1.key)
    }
    #expect(ledger?.articles[0].claims.map(\.id) == expected.map(\.key), "seed \(seed)")
  }

  @Test("a record's file is found by its name as String.hasSuffix finds it")
  func fileNames() {
    let ids = ["first", "a", "first-2", "rsquo", "x"]
    let names = [
      "first.json", "first.JSON", "xfirst.json", "first.json.json", "first.jso", "a.json",
      ".json", "first-2.json", "first2.json", "é.json", "first.jsoné", "x.json", "firsté.json",
      "e\u{301}.json", "json",
    ]
    for folder in ["Ledger/articles/a1/claims", "ledgers/é/claims", "claims"] {
      for name in names {
        let path = folder + "/" + name
        for id in ids {
          #expect(
            LedgerLoader.isFile(path, of: id) == path.hasSuffix("/" + id + ".json"),
            "\(path) for \(id)")
        }
      }
    }
    #expect(!LedgerLoader.isFile("first.json", of: "first"))
  }

  @Test("an id given three times: each repeat names the record with it before")
  func repeatedIDs() throws {
    let fixture = try LedgerFixture(claims: [
      "dup": Self.claim(id: "dup", start: 0, end: 9),
      "x2": Self.claim(id: "dup", start: 10, end: 14),
      "x3": Self.claim(id: "dup", start: 32, end: 49),
      "other": Self.claim(id: "other", start: 15, end: 31),
    ])
    let (_, diagnostics) = try LedgerLoader().loadLeniently(at: fixture.root)
    let messages = diagnostics.filter { $0.rule == .duplicateID }.map {
      $0.message.replacingOccurrences(of: fixture.root + "/", with: "")
    }
    #expect(
      messages == [
        "duplicate id 'dup' (also in articles/a1/claims/dup.json)",
        "duplicate id 'dup' (also in articles/a1/claims/x2.json)",
      ])
  }

  @Test(
    "of the offsets past the text's end, the first in the record's order is named",
    arguments: [
      (0, 99, nil, "anchor 'end'", "99"), (70, 99, nil, "anchor 'start'", "70"),
      (0, 31, (62, 70), "cue 'start'", "62"), (0, 31, (5, 63), "cue 'end'", "63"),
      (0, 90, (80, 85), "anchor 'end'", "90"),
    ] as [(Int, Int, (Int, Int)?, String, String)])
  func offsetsPastTheEnd(
    start: Int, end: Int, cue: (Int, Int)?, named: String, offset: String
  ) throws {
    var claim = Self.claim(id: "far", start: start, end: end)
    if let (cueStart, cueEnd) = cue {
      claim = claim.replacingOccurrences(
        of: #""outlet": "tass"}"#,
        with:
          #""outlet": "tass", "cue": {"exact": "TASS", "start": \#(cueStart), "end": \#(cueEnd)}}"#
      )
    }
    let fixture = try LedgerFixture(claims: ["far": claim])
    let messages = fixture.loadFailure()
    #expect(messages.count == 1)
    #expect(
      messages.first?.contains(
        "error: the \(named) of 'far' is \(offset), past the end of the article text (61 scalars)")
        == true, "\(messages)")
  }

  @Test(
    "a record past the end of a text cut short since it was recorded is kept, to be re-anchored")
  func offsetsPastTheEndOfAChangedText() throws {
    let fixture = try LedgerFixture(claims: ["far": Self.claim(id: "far", start: 40, end: 60)])
    try fixture.folder.write(
      "Officials said the drill began.", to: "Ledger/articles/a1/article.txt")
    #expect(fixture.loadFailure() == [])
    let ledger = try LedgerLoader().load(at: fixture.root)
    #expect(ledger.claims.map(\.id) == ["far"])
    #expect(ledger.articles.map(\.isTextAsRecorded) == [false])
    let lint = try Linter().lint(at: fixture.root)
    #expect(lint.findings.map(\.rule).contains(.anchorDrift))
    #expect(lint.findings.map(\.rule).contains(.articleChanged))
  }
}
