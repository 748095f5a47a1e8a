import Testing

@testable import FactLedger

/// An ellipsis at the start or the end of a quote leaves out what the source says before or
/// after the words. Leaving out a negation right beside them ("… have an alliance" for "We do
/// not have an alliance") turns the words into their opposite: a misquote, as an ellipsis
/// between words over a negation is.
@Suite("Quotes: an ellipsis at either end")
struct QuoteOpenEllipsisTests {
  @Test(
    "an ellipsis at an end that leaves out a negation beside the words is a misquote naming it",
    arguments: [
      (
        "… have a military alliance with China", "We do not have a military alliance with China",
        "not"
      ),
      (
        "...have a military alliance with China", "We don't have a military alliance with China",
        "don't"
      ),
      ("… had an alliance with China", "We have never had an alliance with China", "never"),
      ("We have …", "We have no alliance with China.", "no"),
      ("… have a military … with China", "We do not have a military alliance with China", "not"),
      ("Russia and China will …", "Russia and China will certainly not join", "not"),
      ("Russia and China have …", "Russia and China have absolutely no alliance", "no"),
      ("… have an alliance", "We do not really have an alliance", "not"),
      ("[…] have an alliance", "We do not have an alliance", "not"),
      ("[...] have an alliance", "We do not have an alliance", "not"),
      ("(…) have an alliance", "We have never had, and do not have an alliance", "not"),
      ("(...) have an alliance", "We do not have an alliance", "not"),
      ("We have [...]", "We have no alliance with China.", "no"),
      ("We have (…)", "We have no alliance with China.", "no"),
      ("(. . .) have an alliance", "We do not have an alliance", "not"),
      ("(....) have an alliance", "We do not have an alliance", "not"),
      ("[. . .] have an alliance", "We do not have an alliance", "not"),
      ("We have ( . . . )", "We have no alliance with China.", "no"),
    ])
  func negationLeftOut(claimed: String, source: String, dropped: String) {
    let result = QuoteComparator.compare(claimed: claimed, source: source)
    guard case .misquote(let detail) = result else {
      Issue.record("\(claimed): \(result)")
      return
    }
    #expect(detail.contains("drops '\(dropped)'"), "\(detail)")
  }

  @Test(
    "an ellipsis at an end that leaves out no negation beside the words still matches",
    arguments: [
      ("… have a military alliance with China", "They say we have a military alliance with China"),
      ("… we have an alliance", "Although we do not agree on all things, we have an alliance"),
      ("… we have an alliance", "It is not so. We have an alliance"),
      ("We have an alliance …", "We have an alliance. It is not new."),
      ("We have an alliance …", "We have an alliance with China, not with Iran"),
      // A negation of another clause, or before the subject, does not negate the words.
      ("… we have an alliance", "Like it or not, we have an alliance"),
      ("… we have an alliance", "There is no doubt we have an alliance"),
      ("… we have a partnership with China", "No, we have a partnership with China"),
      ("… we have a partnership with China", "Of course not, we have a partnership with China"),
      ("… we have a partnership with China", "Whether or not we have a partnership with China"),
      ("… have an alliance", "We not only have an alliance, we have a friendship"),
      ("… a partnership with China", "We have nothing but a partnership with China"),
      ("It is a partnership …", "It is a partnership, not an alliance"),
      ("We will defend our interests …", "We will defend our interests, not those of others"),
      ("Russia is ready …", "Russia is ready not only for talks but for war"),
      // The words stand again further on, with no negation beside them.
      ("… have a strategy", "We do not have a strategy. But now we have a strategy"),
      // Set phrases and other negating words that do not negate the words beside them.
      ("We will defend our country …", "We will defend our country no matter what"),
      ("Russia will respond …", "Russia will respond without delay"),
      ("It is a partnership …", "It is a partnership - not an alliance"),
      ("It is a partnership …", "It is a partnership -- not an alliance"),
      // An ellipsis in parentheses or brackets is an ellipsis.
      ("(…) have an alliance with China", "As partners, we have an alliance with China"),
      ("We (...) have an alliance with China", "We, as partners, have an alliance with China"),
      ("We [...] have an alliance with China", "We, as partners, have an alliance with China"),
      ("We have an alliance ( … )", "We have an alliance with China"),
    ])
  func noNegationLeftOut(claimed: String, source: String) {
    let result = QuoteComparator.compare(claimed: claimed, source: source)
    #expect(result == .match || result.isMatch, "\(claimed): \(result)")
  }
}
