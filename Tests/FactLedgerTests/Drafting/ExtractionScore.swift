import Foundation

@testable import FactLedger

/// How well drafted records agree with hand-written ones of the same article.
///
/// Matching rule: a hand record is *found* by a draft when their anchors overlap by at least
/// half of the hand record, or by at least half of the draft (so a sentence draft finds the
/// credential records inside it, and the two drafts of a sentence the hand ledger keeps whole
/// each find it). Its *match* is the finding draft with the largest overlap over union
/// (Jaccard); one draft may so match several hand records. Accuracies are over found records:
/// kind equal; speaker equal after folding (the name, else the description; case, accents and
/// spacing folded; none equals none) and outlet id equal, on the hand records that are
/// attributed; and attribution `none` kept on the hand claims that have none.
struct ExtractionScore: CustomStringConvertible {
  var hand = 0
  var found = 0
  /// Hand records whose match overlaps them by at least half of the union.
  var closelyFound = 0
  var kindRight = 0
  var credentials = 0
  var kindRightBesidesCredentials = 0
  var attributed = 0
  var speakerRight = 0
  var outletRight = 0
  var unattributed = 0
  var unattributedKept = 0

  init(hand: [Claim], drafts: [Claim]) {
    self.hand = hand.count
    for record in hand {
      let span = record.anchor.start..<record.anchor.end
      let candidates = drafts.compactMap { draft -> (Claim, Double)? in
        let other = draft.anchor.start..<draft.anchor.end
        let overlap = span.clamped(to: other).count
        guard overlap > 0, overlap * 2 >= span.count || overlap * 2 >= other.count else {
          return nil
        }
        let union = max(span.upperBound, other.upperBound) - min(span.lowerBound, other.lowerBound)
        return (draft, Double(overlap) / Double(union))
      }
      guard let (match, jaccard) = candidates.max(by: { $0.1 < $1.1 }) else { continue }
      found += 1
      if jaccard >= 0.5 { closelyFound += 1 }
      if match.kind == record.kind { kindRight += 1 }
      if record.kind == .credential {
        credentials += 1
      } else if match.kind == record.kind {
        kindRightBesidesCredentials += 1
      }
      if record.attribution.kind != .none {
        attributed += 1
        if Self.speaker(record) == Self.speaker(match) { speakerRight += 1 }
        if record.attribution.outlet == match.attribution.outlet { outletRight += 1 }
      } else if record.kind.isClaim {
        unattributed += 1
        if match.attribution.kind == .none { unattributedKept += 1 }
      }
    }
  }

  var recall: Double { ratio(found, hand) }
  var kindAccuracy: Double { ratio(kindRight, found) }
  var speakerAccuracy: Double { ratio(speakerRight, attributed) }
  var outletAccuracy: Double { ratio(outletRight, attributed) }
  var unattributedKeptRate: Double { ratio(unattributedKept, unattributed) }

  var description: String {
    func show(_ value: Double) -> String { String(format: "%.3f", value) }
    return """
      recall \(show(recall)) (\(found) of \(hand); \(closelyFound) with Jaccard >= 0.5), \
      kind \(show(kindAccuracy)) (\(kindRight) of \(found); \(kindRightBesidesCredentials) of \
      \(found - credentials) besides credentials), speaker \(show(speakerAccuracy)) \
      (\(speakerRight) of \(attributed)), outlet \(show(outletAccuracy)) (\(outletRight) of \
      \(attributed)), unattributed kept \(show(unattributedKeptRate)) (\(unattributedKept) of \
      \(unattributed))
      """
  }

  private func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 1 : Double(part) / Double(whole)
  }

  private static func speaker(_ claim: Claim) -> String? {
    guard let speaker = claim.attribution.speaker,
      let name = speaker.name ?? speaker.description
    else { return nil }
    return name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
