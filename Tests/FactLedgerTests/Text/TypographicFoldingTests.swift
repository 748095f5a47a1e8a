import Testing

@testable import FactLedger

/// Characters that print alike compare alike; characters that only look alike to a person
/// (another script's letter) do not, and a diff names them by code point.
@Suite("Typographic folding: look-alike characters and Unicode case")
struct TypographicFoldingTests {
  @Test(
    "every apostrophe look-alike folds to '",
    arguments: [
      "\u{2019}", "\u{2018}", "\u{201B}", "\u{201A}", "\u{02BC}", "\u{02B9}", "\u{2032}",
      "\u{2035}", "\u{0060}", "\u{00B4}", "\u{FF07}", "\u{A78C}", "\u{055A}",
    ])
  func apostrophes(_ mark: String) {
    #expect(TypographicFolding.fold("it\(mark)s") == "it's")
  }

  @Test(
    "every dash, double quotation mark and space look-alike folds to its ASCII stand-in",
    arguments: [
      ("\u{2010}", "-"), ("\u{2011}", "-"), ("\u{2013}", "-"), ("\u{2014}", "-"),
      ("\u{2212}", "-"), ("\u{FF0D}", "-"), ("\u{2E3A}", "-"), ("\u{201C}", "\""),
      ("\u{201E}", "\""), ("\u{00AB}", "\""), ("\u{2033}", "\""), ("\u{FF02}", "\""),
      ("\u{00A0}", " "), ("\u{2009}", " "), ("\u{202F}", " "), ("\u{3000}", " "),
      ("\u{00AD}", ""), ("\u{200B}", ""),
    ])
  func marks(_ mark: String, _ standIn: String) {
    #expect(TypographicFolding.fold("a\(mark)b") == "a\(standIn)b")
  }

  @Test("every quotation mark whose Unicode name calls it single folds to ', every other to \"")
  func quotationMarksByName() {
    var checked = 0
    for value in 0x80...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let properties = scalar.properties
      guard
        [.initialPunctuation, .finalPunctuation].contains(properties.generalCategory)
          || properties.isQuotationMark,
        !TypographicFolding.apostropheLookAlikes.contains(scalar),
        ![.dashPunctuation, .spaceSeparator].contains(properties.generalCategory)
      else { continue }
      let name = properties.name ?? ""
      let single = name.contains("SINGLE") || name.contains("APOSTROPHE")
      #expect(
        TypographicFolding.replacement(for: scalar) == (single ? "'" : "\""),
        "U+\(String(value, radix: 16, uppercase: true)) \(name)")
      checked += 1
    }
    #expect(checked > 20)
  }

  @Test("case folds with Unicode's rules, not ASCII's")
  func unicodeCase() {
    #expect(TypographicFolding.fold("STRASSE") == TypographicFolding.fold("straße"))
    #expect(TypographicFolding.fold("ΣΟΦΟΣ") == TypographicFolding.fold("σοφος"))
    #expect(TypographicFolding.fold("ＴＡＳＳ") == "tass")
    // Letters of another script stay themselves: a Cyrillic "Р" is not a Latin "P".
    #expect(TypographicFolding.fold("\u{0420}utin") != TypographicFolding.fold("Putin"))
    #expect(TypographicFolding.fold("its") != TypographicFolding.fold("it's"))
  }

  @Test("a quote differing only in look-alikes and case is a match")
  func quoteMatches() {
    let claimed = "We are not allies \u{2014} it\u{2019}s a partnership"
    for source in [
      "WE ARE NOT ALLIES - IT\u{02BC}S A PARTNERSHIP",
      "we\u{00A0}are not allies \u{2013} it\u{FF07}s a partnership",
      "We are not allies\u{2212}it\u{2032}s a partnership",
    ] {
      #expect(QuoteComparator.compare(claimed: claimed, source: source) == .match)
    }
    #expect(
      QuoteComparator.compare(claimed: claimed, source: "We are not allies, its a partnership")
        != .match)
  }

  @Test("a diff shows the words as written and the code points of characters that print alike")
  func diffShowsCodePoints() {
    let cyrillic = QuoteComparator.compare(
      claimed: "we are advancing, but we are not allies",
      source: "we are advancing, but we ar\u{0435} not allies")
    #expect(
      cyrillic
        == .misquote("the article has 'are' where the source has 'ar\u{0435}' (U+0435)"))
    let apostrophe = QuoteComparator.compare(
      claimed: "Joint design work with the Chinese side is underway",
      source: "Joint design work with the China\u{201B}s side is underway")
    #expect(
      apostrophe
        == .misquote(
          "the article has 'Chinese' where the source has 'China\u{201B}s' (U+201B)"))
    let plain = QuoteComparator.compare(
      claimed: "we are advancing, but we are not allies",
      source: "we are moving, but we are not allies")
    #expect(plain == .misquote("the article has 'advancing' where the source has 'moving'"))
  }

  @Test("names compare through the same folding: the gazetteer and every text comparator")
  func namesFoldAlike() {
    let none = Gazetteer()
    #expect(
      TextComparator.sameName("Russia\u{2019}s TASS", "RUSSIA\u{02BC}S TASS", gazetteer: none))
    #expect(TextComparator.sameName("ArmHiTec-2018", "ＡｒｍＨｉＴｅｃ\u{2011}2018", gazetteer: none))
    #expect(!TextComparator.sameName("Russia TASS", "Russia\u{2019}s TASS", gazetteer: none))
  }
}
