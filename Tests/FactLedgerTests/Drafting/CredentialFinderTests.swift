import Testing

@testable import FactLedger

/// Credentials: the words that say who someone is, with the person, post and body they state.
@Suite("Credential finder")
struct CredentialFinderTests {
  private func credentials(_ text: String) -> [CredentialDraft] {
    AttributionFixture.drafter(text).credentials(in: 0..<text.unicodeScalars.count)
  }

  @Test("a post and body written before a name, with the name")
  func premodifier() {
    let found = credentials("Russian President Vladimir Putin also stated that it is new.")
    #expect(
      found.map(\.span) == [TextSpan(exact: "Russian President Vladimir Putin", start: 0, end: 32)])
    #expect(
      found.first?.speaker
        == Speaker(name: "Vladimir Putin", role: "President", organization: "Russia"))
    #expect(
      credentials("“It is underway,” Moscow-based PIR Center President Evgeny Buzhinskiy said.")
        .map(\.speaker) == [
          Speaker(name: "Evgeny Buzhinskiy", role: "President", organization: "PIR Center")
        ])
  }

  @Test("an appositive noun phrase and a 'who is' clause stand alone")
  func appositive() {
    let found = credentials(
      "Evgeny Buzhinskiy, a retired Russian lieutenant-general who is also vice president of the "
        + "Russian International Affairs Council, said they are not allies.")
    #expect(
      found.map(\.span.exact) == [
        "a retired Russian lieutenant-general",
        "who is also vice president of the Russian International Affairs Council",
      ])
    #expect(
      found.map(\.speaker) == [
        Speaker(name: "Evgeny Buzhinskiy", role: "retired Russian lieutenant-general"),
        Speaker(
          name: "Evgeny Buzhinskiy", role: "vice president",
          organization: "Russian International Affairs Council"),
      ])
  }

  @Test("a prepositional appositive reads with the name it follows")
  func prepositional() {
    let found = credentials(
      "“Russia sells weapons,” Sam Bendett, at the Center for Naval Analyses, told TNI.")
    #expect(found.map(\.span.exact) == ["Sam Bendett, at the Center for Naval Analyses"])
    #expect(
      found.first?.speaker
        == Speaker(name: "Sam Bendett", organization: "Center for Naval Analyses"))
    let role = credentials("Sam Bendett, an analyst at the Center for Naval Analyses, said so.")
    #expect(
      role.map(\.speaker) == [
        Speaker(name: "Sam Bendett", role: "analyst", organization: "Center for Naval Analyses")
      ])
  }

  @Test(
    "no credential: places and countries in a list, words inside quotation marks, a name alone",
    arguments: [
      "As Russia, under Putin, becomes more isolated, it forges ties.",
      "In December, China, Russia, and Iran completed a joint exercise.",
      "“Vladimir Putin, a president of note, said so,” he added.",
      "Sam Bendett said Russia sells weapons.",
    ])
  func none(text: String) {
    #expect(credentials(text).isEmpty)
  }
}
