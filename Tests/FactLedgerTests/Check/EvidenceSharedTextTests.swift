import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// An evidence file names the same publisher, page, speaker and places on item after item;
/// the loader keeps each such text once (`StringPool`). What every item reads must stay what
/// its own line says, byte for byte.
@Suite("Texts repeated across evidence items")
struct EvidenceSharedTextTests {
  private static func load(_ items: [String]) throws -> [EvidenceItem] {
    let folder = try TemporaryFolder()
    try folder.write(#"{"items": ["# + items.joined(separator: ",\n") + "]}", to: "e.json")
    return try EvidenceLoader().load(at: folder.path + "/e.json", claimIDs: ["c1"])
  }

  private static func item(
    _ id: String, publisher: String, speaker: String, place: String, region: String
  ) -> String {
    #"""
    {"id": "\#(id)", "claims": ["c1"],
     "source": {"publisher": "\#(publisher)", "url": "https://example.org/a-long-page-address",
                "title": "The same page, cited twice"},
     "excerpt": "Words of \#(id), long enough to be stored apart from the string.",
     "facts": {"speaker": "\#(speaker)", "quote": "A quote that both items give, word for word.",
               "participants": ["\#(place)", "Islamic Republic of Iran"],
               "location": ["\#(place)"], "within": {"\#(region)": ["\#(place)"]}}}
    """#
  }

  /// The bytes of `text`, to compare spellings that `String`'s `==` calls equal.
  private static func bytes(_ text: String?) -> [UInt8] { Array((text ?? "").utf8) }

  @Test("every item keeps its own values when texts repeat, and a repeated text is stored once")
  func repeatedTexts() throws {
    let items = try Self.load([
      Self.item(
        "ev-1", publisher: "Tasnim News Agency", speaker: "Gholamreza Tahani",
        place: "northern Indian Ocean", region: "Indian Ocean region"),
      Self.item(
        "ev-2", publisher: "Tasnim News Agency", speaker: "Gholamreza Tahani",
        place: "northern Indian Ocean", region: "Indian Ocean region"),
      Self.item(
        "ev-3", publisher: "Islamic Republic News Agency", speaker: "Another Speaker Name",
        place: "the Strait of Hormuz", region: "the Persian Gulf area"),
    ])
    #expect(items.map(\.id) == ["ev-1", "ev-2", "ev-3"])
    #expect(
      items.map(\.source.publisher) == [
        "Tasnim News Agency", "Tasnim News Agency", "Islamic Republic News Agency",
      ])
    #expect(
      items.map(\.facts.speaker) == [
        "Gholamreza Tahani", "Gholamreza Tahani", "Another Speaker Name",
      ])
    #expect(items[2].facts.location == ["the Strait of Hormuz"])
    #expect(items[2].facts.participants == ["the Strait of Hormuz", "Islamic Republic of Iran"])
    #expect(items[2].facts.within == ["the Persian Gulf area": ["the Strait of Hormuz"]])
    #expect(items[0].facts.within == ["Indian Ocean region": ["northern Indian Ocean"]])
    #expect(items.allSatisfy { $0.excerpt?.hasPrefix("Words of \($0.id),") == true })

    // The second item's page address is the first item's string, not a copy.
    let address = { (item: EvidenceItem) in
      item.source.url?.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
    }
    #expect(address(items[0]) != nil)
    #expect(address(items[0]) == address(items[1]))
    #expect(address(items[1]) == address(items[2]))
  }

  @Test("a page cited in two evidence files is stored once, and each file's items stay its own")
  func repeatedAcrossFiles() throws {
    let folder = try TemporaryFolder()
    let speakers = ["Gholamreza Tahani", "Another Speaker Name"]
    for (index, speaker) in speakers.enumerated() {
      let item = Self.item(
        "ev-\(index)", publisher: "Tasnim News Agency", speaker: speaker,
        place: "northern Indian Ocean", region: "Indian Ocean region")
      try folder.write(#"{"items": ["# + item + "]}", to: "e\(index).json")
    }
    let files = [folder.path + "/e0.json", folder.path + "/e1.json"]
    let items = try EvidenceLoader().load(files: files, claimIDs: ["c1"]).map { try $0.get() }
    #expect(items.map { $0.map(\.id) } == [["ev-0"], ["ev-1"]])
    #expect(
      items.map { $0.map(\.facts.speaker) } == [["Gholamreza Tahani"], ["Another Speaker Name"]])
    #expect(items.map { $0.map(\.path) } == [[files[0]], [files[1]]])
    let address = { (item: EvidenceItem) in
      item.source.url?.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
    }
    #expect(address(items[0][0]) != nil)
    #expect(address(items[0][0]) == address(items[1][0]))
  }

  @Test(
    "two spellings of one text (a precomposed letter, a letter and a combining accent) each stay as written"
  )
  func spellingsKept() throws {
    let precomposed = "Agence Caf\u{E9} de Presse"
    let combining = "Agence Cafe\u{301} de Presse"
    #expect(precomposed == combining)  // equal as Swift compares text; not as bytes
    let items = try Self.load([
      Self.item(
        "ev-1", publisher: combining, speaker: combining, place: combining, region: "Region"),
      Self.item(
        "ev-2", publisher: precomposed, speaker: precomposed, place: precomposed,
        region: "Region"),
    ])
    #expect(Self.bytes(items[0].source.publisher) == Self.bytes(combining))
    #expect(Self.bytes(items[1].source.publisher) == Self.bytes(precomposed))
    #expect(Self.bytes(items[1].facts.speaker) == Self.bytes(precomposed))
    #expect(Self.bytes(items[1].facts.location?.first) == Self.bytes(precomposed))
    #expect(items[1].facts.within["Region"]?.map(Self.bytes) == [Self.bytes(precomposed)])
  }
}
