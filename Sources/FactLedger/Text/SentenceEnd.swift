/// Whether a full stop ends a sentence: the word before it and the word after it decide.
enum SentenceEnd {
  /// What ends a sentence: a full stop, a question or exclamation mark, an ellipsis.
  static let terminators: Set<Unicode.Scalar> = [".", "?", "!", "\u{2026}"]
  /// What may follow the terminator and still belong to the sentence: closing quotation
  /// marks (`QuotationMarks.closingAfterStop`) and brackets.
  static let closers = QuotationMarks.closingAfterStop.union([")", "]"])

  /// Titles and ranks, which a name always follows.
  private static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "adm", "cmdr", "gov", "sen", "rep", "pres", "amb", "rev", "hon", "fr", "st", "mt", "ft",
    "brig", "insp", "supt", "messrs",
  ]
  /// Abbreviations that may also end a sentence: months, company forms, "No.", "vs.".
  private static let ambiguous: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vs", "inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "bros", "approx", "est",
    "dept", "univ", "assn", "etc", "al", "fig", "vol", "ed", "pp",
  ]
  /// Words that usually start a sentence, so an ambiguous abbreviation before them ends one.
  private static let starters: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "but", "and", "or", "so", "yet", "in", "on", "at",
    "as", "for", "if", "when", "while", "after", "before", "since", "although", "though",
    "however", "meanwhile", "there", "here", "what", "who", "why", "how", "many", "some",
    "most", "both", "all", "no", "not", "officials", "analysts", "experts",
  ]

  /// The word that ends just before `offset` (a full stop's place), without its full stop,
  /// from the last white space or opening mark.
  static func word(before offset: Int, in text: ArticleText) -> String {
    var start = offset
    while start > 0 {
      let scalar = text.scalars[start - 1]
      if scalar.properties.isWhitespace || scalar == "(" || scalar == "["
        || QuotationMarks.opening.contains(scalar) || scalar == QuotationMarks.straight
      {
        break
      }
      start -= 1
    }
    return text.text(from: start, to: offset) ?? ""
  }

  /// The word that starts at `offset`, letters only, without opening marks before it.
  static func word(from offset: Int, in text: ArticleText) -> String {
    var start = offset
    while start < text.count, !text.scalars[start].properties.isAlphabetic,
      !text.scalars[start].properties.isWhitespace
    {
      start += 1
    }
    var end = start
    while end < text.count, text.scalars[end].properties.isAlphabetic { end += 1 }
    return text.text(from: start, to: end) ?? ""
  }

  /// Whether a full stop after `word` ends the sentence, given the `next` word.
  static func endsSentence(after word: String, next: String) -> Bool {
    let lowered = word.lowercased()
    let scalars = Array(word.unicodeScalars)
    if titles.contains(lowered) { return false }
    // An initial: one capital letter ("J.", and "R." in "J. R. R.").
    if scalars.count == 1, scalars[0].properties.isUppercase { return false }
    let isAcronym = lowered.contains(".")  // "U.S", "e.g", "a.m"
    if isAcronym || ambiguous.contains(lowered) {
      return starters.contains(next.lowercased())
    }
    return true
  }
}
