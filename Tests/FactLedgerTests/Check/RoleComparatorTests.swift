import Testing

@testable import FactLedger

@Suite("Role comparator")
struct RoleComparatorTests {
  typealias F = CheckFixtures

  @Test(
    "a title the evidence makes another post contradicts; a missing qualifier only leaves it open")
  func roles() {
    #expect(
      RoleComparator.compare("President", with: "senior vice president").reason == .roleMismatch
    )
    #expect(
      RoleComparator.compare("President", with: "Chairman of the PIR Center Executive Board")
        .reason == .roleMismatch)
    #expect(RoleComparator.compare("deputy CEO", with: "Tecmash Deputy CEO").isSupport)
    #expect(
      RoleComparator.compare(
        "retired lieutenant-general", with: "lieutenant general (retired 2009)"
      ).isSupport)
    #expect(
      RoleComparator.compare("retired lieutenant-general", with: "Lieutenant General")
        == .notCovered)
  }

  @Test(
    "a post of a country is the post with its nationality: 'Russian President' is 'President of Russia', not 'President of China'",
    arguments: [
      ("Russian President", "President of Russia", true),
      ("Russian President", "President of the Russian Federation", true),
      ("President of Russia", "Russian President", true),
      ("Russian President", "President of China", false),
      ("Chinese ambassador to Russia", "Russian ambassador to China", false),
      (
        "Chinese Foreign Ministry spokesperson", "spokesperson of the Foreign Ministry of China",
        true
      ),
    ])
  func nationality(claimed: String, evidence: String, agrees: Bool) {
    let verdict = RoleComparator.compare(claimed, with: evidence)
    #expect((verdict.reason == .roleMismatch) == !agrees, "\(verdict)")
    if agrees { #expect(verdict == .supported(detail: "evidence gives '\(evidence)'")) }
  }

  @Test("with no role given, a speaker written with the title or an excerpt holding it agrees")
  func roleFromSpeakerOrExcerpt() {
    let speaker = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "facts": {"speaker": "Geng Shuang (Chinese Foreign Ministry spokesperson)"}}"#
    )
    #expect(
      RoleComparator.compare("Foreign Ministry spokesperson", with: speaker, gazetteer: F.gazetteer)
        == .supported(
          detail: "evidence gives 'Geng Shuang (Chinese Foreign Ministry spokesperson)'"))
    let excerpt = F.item(
      #"{"id": "e", "claims": ["c"], "source": {"publisher": "P"}, "excerpt": "said the deputy CEO of Tecmash"}"#
    )
    #expect(RoleComparator.compare("deputy CEO", with: excerpt, gazetteer: F.gazetteer).isSupport)
    #expect(RoleComparator.compare("CEO", with: speaker, gazetteer: F.gazetteer) == .notCovered)
  }
}
