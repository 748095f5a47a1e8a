import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// `ClaimPositions` reads its fields in place; it must find what looking each field up
/// by name finds (the first member of a name), whatever the record holds.
@Suite("Claim positions: fields read in place")
struct ClaimPositionsTests {
  /// The positions as they were found before: each field looked up by name.
  private static func byName(_ json: JSONValue) -> ClaimPositions {
    let record = json.location
    let at = { (value: JSONValue?, fallback: FactLedger.SourceLocation) in
      value?.location ?? fallback
    }
    let anchor = json["anchor"]
    let attribution = json["attribution"]
    let anchorAt = at(anchor, record)
    let attributionAt = at(attribution, record)
    let cue = at(attribution?["cue"], attributionAt)
    // Every field is set below; the positions of an empty object only start the value.
    var positions = ClaimPositions(JSONValue(.object([]), at: record))
    positions.id = at(json["id"], record)
    positions.article = at(json["article"], record)
    positions.draft = at(json["draft"], record)
    positions.anchor = anchorAt
    positions.anchorStart = at(anchor?["start"], anchorAt)
    positions.anchorEnd = at(anchor?["end"], anchorAt)
    positions.anchorExact = at(anchor?["exact"], anchorAt)
    positions.attribution = attributionAt
    positions.vague = at(attribution?["vague"], attributionAt)
    positions.outlet = at(attribution?["outlet"], attributionAt)
    positions.via = attribution?["via"]?.arrayValue?.map(\.location) ?? []
    positions.cue = cue
    positions.cueStart = at(attribution?["cue"]?["start"], cue)
    positions.cueEnd = at(attribution?["cue"]?["end"], cue)
    positions.cueExact = at(attribution?["cue"]?["exact"], cue)
    positions.carriedBy = at(attribution?["carriedBy"], attributionAt)
    positions.assertions = at(json["assertions"], record)
    positions.reviews = json["reviews"]?.arrayValue?.map(\.location) ?? []
    return positions
  }

  @Test("every record of the shipped ledger")
  func shippedRecords() throws {
    let folder = RepositoryPaths.ledger + "/articles/crespo-2020-05-27/claims"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names.count > 40)
    for name in names {
      let json = try JSONParser().parse(
        Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
      #expect(ClaimPositions(json) == Self.byName(json), "\(name)")
    }
  }

  @Test(
    "fields missing, repeated, of another type, or in another order",
    arguments: [
      #"{}"#, #"[]"#, #""text""#,
      #"{"id": "a", "id": "b", "anchor": {"start": 1, "start": 2}, "anchor": {"end": 3}}"#,
      #"{"anchor": "words", "attribution": 7, "reviews": {"a": 1}}"#,
      #"{"reviews": [{}, 1, "x"], "assertions": [], "draft": true, "article": "a1"}"#,
      #"{"attribution": {"cue": {"exact": "said", "end": 9, "start": 5}, "via": ["a", {"b": 1}]}}"#,
      #"{"attribution": {"cue": "said", "via": "tass", "vague": true, "outlet": null}}"#,
      #"{"attribution": {"carriedBy": "x", "cue": {}}, "attribution": {"outlet": "tass"}}"#,
      #"{"Id": "x", "ID": "y", "anchorX": {}, "attribution ": {}, "i\u0064": "escaped key"}"#,
      """
      {
        "attribution": {
          "type": "explicit",
          "cue": {"exact": "according to", "start": 10, "end": 22},
          "via": ["cnn", "tass"],
          "carriedBy": "other"
        },
        "anchor": {"exact": "x", "prefix": "", "suffix": "", "start": 0, "end": 1},
        "id": "z"
      }
      """,
    ])
  func variants(text: String) throws {
    let json = try JSONParser(allowsDuplicateKeys: true).parse(text)
    #expect(ClaimPositions(json) == Self.byName(json))
  }
}
