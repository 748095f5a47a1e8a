import Testing

@testable import FactLedger

/// The kinds `extract` drafts, over short texts in several styles: a wire story with many
/// "said", an agency report, a list, and the page text around an article.
@Suite("Kind classifier")
struct KindClassifierTests {
  private static let sources = [
    Source(id: "newsweek", name: "Newsweek", kind: .outlet),
    Source(
      id: "the-national-interest", name: "The National Interest", kind: .outlet, aliases: ["TNI"]),
    Source(id: "tass", name: "TASS", kind: .newsAgency),
  ]

  /// Each unit's words and kind.
  private func kinds(_ text: String, title: String = "Title", author: String? = nil)
    -> [String: ClaimKind]
  {
    let article = Article(
      id: "t", title: title, author: author, publisher: nil,
      published: CalendarDate(year: 2020, month: 5, day: 27)!, url: nil, language: "en",
      textFile: "article.txt", sha256: "")
    let units = ArticleUnits(text: ArticleText(text), article: article, sources: Self.sources)
    var result: [String: ClaimKind] = [:]
    for unit in units.all {
      result[ArticleText(text).text(from: unit.range.lowerBound, to: unit.range.upperBound)!] =
        unit.kind
    }
    return result
  }

  @Test(
    "a quoted sentence is a quote in any language's double marks",
    arguments: [("“", "”"), ("«", "»"), ("« ", " »"), ("„", "“"), ("「", "」"), ("『", "』")])
  func quoteMarks(opening: String, closing: String) {
    let quote = "\(opening)The exercise will show our unity,\(closing) Irani told reporters."
    let found = kinds("Navy chiefs met on Monday.\n\n\(quote) The drill begins on Friday.")
    #expect(found[quote] == .quote, "\(found)")
  }

  @Test("a wire story: dateline, reported speech with 'said', quotes, numbers, predictions")
  func wireStory() {
    let found = kinds(
      """
      MOSCOW (Reuters) - Russia and China will hold more joint naval drills, the defence ministry said on Thursday.

      The drills follow a four-day exercise in December, officials said.

      “We are advancing, but we are not allies,” Evgeny Buzhinskiy told reporters.

      Trade between the two countries rose 4.5 percent to $107 billion last year.

      More drills will follow next year.

      Vladimir Putin said the partnership was strong.
      """)
    #expect(found["MOSCOW (Reuters) -"] == .dateline)
    #expect(
      found[
        "Russia and China will hold more joint naval drills, the defence ministry said on Thursday."
      ]
        == .statement)
    #expect(
      found["The drills follow a four-day exercise in December, officials said."] == .statement)
    #expect(
      found["“We are advancing, but we are not allies,” Evgeny Buzhinskiy told reporters."]
        == .quote)
    #expect(
      found["Trade between the two countries rose 4.5 percent to $107 billion last year."]
        == .statistic)
    #expect(found["More drills will follow next year."] == .prediction)
    #expect(found["Vladimir Putin said the partnership was strong."] == .statement)
  }

  @Test("what a person or body dismissed, underlined or suggested is a statement")
  func otherVerbs() {
    let found = kinds(
      """
      Sam Bendett Tuesday dismissed the claim, calling it baseless.

      He underlined that the drills were routine.

      The Kremlin Monday said the drills were over.

      Later it emerged that the drills had been moved.

      The drills went ahead in May, a claim Sam Bendett has denied.
      """)
    #expect(found["The drills went ahead in May, a claim Sam Bendett has denied."] == .event)
    #expect(
      found["Sam Bendett Tuesday dismissed the claim, calling it baseless."] == .statement)
    #expect(found["He underlined that the drills were routine."] == .statement)
    #expect(found["The Kremlin Monday said the drills were over."] == .statement)
    #expect(found["Later it emerged that the drills had been moved."] == .event)
  }

  @Test("an agency report: an outlet reporting an event keeps the event's kind")
  func agencyReport() {
    let found = kinds(
      """
      Russian and Chinese forces held drills in Siberia, reported Newsweek.
      According to TASS, the drills lasted four days.
      Sam Bendett, at the Center for Naval Analyses, told TNI that more would come.
      Geng Shuang was quoted in Newsweek as saying: “This partnership does not target any third party.”
      Other analysts see the relationship in a different light.
      """)
    #expect(
      found["Russian and Chinese forces held drills in Siberia, reported Newsweek."] == .event)
    #expect(found["According to TASS, the drills lasted four days."] == .event)
    #expect(
      found["Sam Bendett, at the Center for Naval Analyses, told TNI that more would come."]
        == .statement)
    #expect(
      found[
        "Geng Shuang was quoted in Newsweek as saying: “This partnership does not target any third party.”"
      ] == .quote)
    #expect(found["Other analysts see the relationship in a different light."] == .statement)
  }

  @Test("the author's voice: analysis, opinion, prediction, question, event")
  func authorsVoice() {
    let found = kinds(
      """
      While the drills grew, both powers avoided a formal pact.
      China speaks blandly of the ties, partly to appease planners in the West.
      Defense planners should prepare for all options.
      The U.S. should expect even more drills in the coming months.
      But, should the U.S. worry?
      “Should we worry?” a spokesman asked.
      Another example is a radar system being developed for China.
      More from Moscow came the reply within days.
      Source: the ministry's data show three drills.
      """)
    #expect(found["While the drills grew, both powers avoided a formal pact."] == .analysis)
    #expect(
      found["China speaks blandly of the ties, partly to appease planners in the West."]
        == .analysis)
    #expect(found["Defense planners should prepare for all options."] == .opinion)
    #expect(found["The U.S. should expect even more drills in the coming months."] == .prediction)
    #expect(found["But, should the U.S. worry?"] == .question)
    #expect(found["“Should we worry?” a spokesman asked."] == .quote)
    #expect(found["Another example is a radar system being developed for China."] == .event)
    // Words a furniture line starts with do not make a body sentence furniture…
    #expect(found["More from Moscow came the reply within days."] == .event)
    // …unless they lead a credit or legend, which "Source:" does.
    #expect(found["Source: the ministry's data show three drills."] == .furniture)
  }

  @Test("a list: each item is a record of its own, drafted as a claim")
  func list() {
    let found = kinds(
      """
      The exercise had three parts:
      1. Russia sent two frigates.
      - China sent three destroyers.
      • Iran sent one corvette.
      """)
    #expect(found["1. Russia sent two frigates."] == .event)
    #expect(found["- China sent three destroyers."] == .event)
    #expect(found["• Iran sent one corvette."] == .event)
  }

  @Test("page text: headline, dates, bylines, links, banners, share bars, credits, teasers")
  func pageText() {
    let found = kinds(
      """
      Updated: May 27, 2020 10:30 a.m. ET

      Should U.S. Worry About China-Russia Military Ties?

      By Paul Crespo

      Russia sent ships. (RELATED: China Rushing to Double Its Nuclear Forces by 2030)

      SEE ALSO: Trump Backs Turkey to Counter Russia and Iran in Syria

      READ NEXT: U.S. Needs Lots More Missiles >>

      BREAKING NEWS

      Share this article
      Facebook Twitter Email

      Photo: Russian warships in port (Getty Images)

      Advertisement

      Paul Crespo
      Paul Crespo is a defense expert. He served as a Marine Corps officer.

      Must Read

      Reopening Schools Amid Coronavirus Becomes Social Emergency

      The reopening has begun. People are going back to work and are...
      """,
      title: "Should U.S. Worry About China-Russia Military Ties?", author: "Paul Crespo")
    #expect(found["Updated: May 27, 2020 10:30 a.m. ET"] == .dateline)
    #expect(found["Should U.S. Worry About China-Russia Military Ties?"] == .headline)
    #expect(found["By Paul Crespo"] == .byline)
    #expect(found["Russia sent ships."] == .event)
    #expect(found["(RELATED: China Rushing to Double Its Nuclear Forces by 2030)"] == .furniture)
    #expect(found["SEE ALSO: Trump Backs Turkey to Counter Russia and Iran in Syria"] == .furniture)
    #expect(found["READ NEXT: U.S. Needs Lots More Missiles >>"] == .furniture)
    #expect(found["BREAKING NEWS"] == .furniture)
    #expect(found["Share this article\nFacebook Twitter Email"] == .furniture)
    #expect(found["Photo: Russian warships in port (Getty Images)"] == .furniture)
    #expect(found["Advertisement"] == .furniture)
    #expect(
      found[
        "Paul Crespo\nPaul Crespo is a defense expert. He served as a Marine Corps officer."
      ] == .byline)
    #expect(found["Must Read"] == .furniture)
    #expect(found["Reopening Schools Amid Coronavirus Becomes Social Emergency"] == .furniture)
    #expect(
      found["The reopening has begun. People are going back to work and are..."] == .furniture)
  }

  @Test("a quotation of several paragraphs: every sentence of it is a quote")
  func paragraphQuotation() {
    let found = kinds(
      """
      Vladimir Putin said in December:

      “We do not have a military alliance with China. We do not plan to create one.

      “We are strategic partners,” he added.
      """)
    #expect(found["“We do not have a military alliance with China."] == .quote)
    #expect(found["We do not plan to create one."] == .quote)
    #expect(found["“We are strategic partners,” he added."] == .quote)
  }
}
