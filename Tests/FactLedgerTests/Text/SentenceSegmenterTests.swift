import Testing

@testable import FactLedger

/// The sentences `extract` drafts a record for, over short texts of several styles.
@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
  private func sentences(_ text: String) -> [String] {
    let article = ArticleText(text)
    return SentenceSegmenter.sentences(in: article).map {
      article.text(from: $0.lowerBound, to: $0.upperBound) ?? ""
    }
  }

  @Test(
    "titles, initials and abbreviations inside a sentence do not end it",
    arguments: [
      "Lt. Gen. Evgeny Buzhinskiy spoke at the U.S. embassy in Moscow.",
      "Russian President Vladimir V. Putin met Dr. Sam Bendett on Jan. 5 in St. Petersburg.",
      "Resolution No. 5 passed with 4.5 percent more votes than in 2019.",
      "Sam Bendett, of the Center for Naval Analyses Inc. in the U.S., told TNI so.",
      "The U.S. should expect even more drills in the coming months and years.",
    ])
  func oneSentence(text: String) {
    #expect(sentences(text) == [text])
  }

  @Test("an abbreviation ends a sentence when a word that starts one follows")
  func abbreviationAtTheEnd() {
    #expect(
      sentences("Both powers work against the U.S. The drills continue. It is 4.5 km long.")
        == ["Both powers work against the U.S.", "The drills continue.", "It is 4.5 km long."])
    #expect(
      sentences("The exercise ended on Jan. 5. In December, more followed.")
        == ["The exercise ended on Jan. 5.", "In December, more followed."])
  }

  @Test("a quotation of several sentences stays with its speaker; a quoted question too")
  func quotations() {
    #expect(
      sentences(
        "“Both countries present this as a partnership of equals. But yes, it is Russia selling,” Sam Bendett told TNI. Other analysts agree."
      ) == [
        "“Both countries present this as a partnership of equals. But yes, it is Russia selling,” Sam Bendett told TNI.",
        "Other analysts agree.",
      ])
    #expect(
      sentences("\"Should the U.S. worry?\" a spokesman asked. He did not say.")
        == ["\"Should the U.S. worry?\" a spokesman asked.", "He did not say."])
    #expect(
      sentences("Geng Shuang said: “We agree.” Then he left.")
        == ["Geng Shuang said: “We agree.”", "Then he left."])
  }

  @Test(
    "a German quotation „…“ ends its sentence at the closing “ after a full stop; a quotation of several sentences in it stays whole"
  )
  func germanQuotation() {
    #expect(
      sentences("„Wir planen kein Bündnis.“ Das sagte Putin am Freitag. Er ging.")
        == ["„Wir planen kein Bündnis.“", "Das sagte Putin am Freitag.", "Er ging."])
    #expect(
      sentences("Putin sagte: „Wir planen es nicht. Wir sind keine Verbündeten.“ Dann ging er.")
        == ["Putin sagte: „Wir planen es nicht. Wir sind keine Verbündeten.“", "Dann ging er."])
    // English: “ opens the next sentence's quotation, after a space.
    #expect(
      sentences("He left. “We agree,” she said.") == ["He left.", "“We agree,” she said."])
  }

  @Test("a quotation that runs on to the next paragraph is split a sentence at a time")
  func paragraphQuotation() {
    #expect(
      sentences(
        "“We do not plan one. We are not allies.\n\n“We are partners,” Vladimir Putin said.")
        == [
          "“We do not plan one.", "We are not allies.", "“We are partners,” Vladimir Putin said.",
        ])
  }

  @Test("ellipses end a sentence only before a capital or a quotation mark; dashes never")
  func ellipsesAndDashes() {
    #expect(
      sentences("He paused... then spoke. It ended… “That means more,” he said.")
        == ["He paused... then spoke.", "It ended…", "“That means more,” he said."])
    #expect(
      sentences(
        "China, Russia and Iran held a drill – the first time Iran did so. Next — and last — one.")
        == [
          "China, Russia and Iran held a drill – the first time Iran did so.",
          "Next — and last — one.",
        ])
    #expect(sentences("- Advertisment -") == ["- Advertisment -"])
  }

  @Test("every line is a paragraph; a numbered item keeps its number")
  func lines() {
    #expect(
      sentences(
        "Wednesday, May 27, 2020\n\nSome Title Here\n1. Russia sent ships.\n2. China did too.")
        == [
          "Wednesday, May 27, 2020", "Some Title Here", "1. Russia sent ships.",
          "2. China did too.",
        ])
  }

  @Test("a bracketed link and a wire dateline are units of their own")
  func linksAndDatelines() {
    #expect(
      sentences(
        "Ties grow against the U.S. (RELATED: China Rushing to Double Its Nuclear Forces by 2030) More follows."
      ) == [
        "Ties grow against the U.S.",
        "(RELATED: China Rushing to Double Its Nuclear Forces by 2030)", "More follows.",
      ])
    #expect(
      sentences("MOSCOW (Reuters) - Russia and China held drills, officials said.")
        == ["MOSCOW (Reuters) -", "Russia and China held drills, officials said."])
    #expect(
      sentences("BEIJING, May 27 (Xinhua) -- The drills ended.")
        == ["BEIJING, May 27 (Xinhua) --", "The drills ended."])
    #expect(sentences("NATO allies met.") == ["NATO allies met."])
  }

  @Test(
    "hostile texts give sentences in order, trimmed, inside the text, none empty",
    arguments: [
      "", " \n\n \t", "”. . ? “", "A. B. C.", "...", "“", "\"\"\"", "(RELATED:", "(RELATED:)",
      "MOSCOW -", "MOSCOW - ", "U.S.", "1.", "Mr. ", "\u{2028}x.\u{2029}y.", "e\u{301}. É. ü…",
      "\u{0}.\u{0} A", String(repeating: "“a. ", count: 50),
    ])
  func hostile(text: String) {
    let article = ArticleText(text)
    let ranges = SentenceSegmenter.sentences(in: article)
    var previous = 0
    for range in ranges {
      #expect(range.lowerBound >= previous && range.upperBound <= article.count)
      #expect(!range.isEmpty)
      #expect(!article.scalars[range.lowerBound].properties.isWhitespace)
      #expect(!article.scalars[range.upperBound - 1].properties.isWhitespace)
      previous = range.upperBound
    }
    let words = article.scalars.filter { !$0.properties.isWhitespace }.count
    let inSentences = ranges.reduce(0) { total, range in
      total + article.scalars[range].filter { !$0.properties.isWhitespace }.count
    }
    #expect(inSentences == words, "every mark of the text is in a sentence")
  }
}
