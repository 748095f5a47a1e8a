/// Finds the durations, counts and amounts a sentence gives: "four-day", "three ships",
/// "$1.5 billion", "20 percent", "5 km", "about 3,000 troops".
///
/// A figure the text gives as approximate ("about", "around", "some", "nearly", "roughly",
/// "an estimated") gets a tolerance of a tenth of it. A figure the text only bounds ("more
/// than 1,000", "at least", "up to", "fewer than", "between 10 and 20") is left out: a
/// quantity is compared as equal within its tolerance, so drafting the bound as the figure
/// would make true evidence contradict it. A count of one, a number joined to a name by a
/// hyphen ("S-400", "Vostok-2018"), a number after "No." and an age ("40-year-old") draft
/// nothing.
enum QuantityExpressions {
  /// A quantity the sentence gives.
  struct Found: Sendable, Equatable {
    /// `duration`, `count` or `amount`.
    var field: Assertion.Field
    /// The sentence's words for it ("four-day").
    var text: String
    /// The figure and its unit.
    var quantity: Quantity
  }

  private static let approximations: [[String]] = [
    ["about"], ["around"], ["approximately"], ["roughly"], ["some"], ["nearly"], ["almost"],
    ["an", "estimated"], ["an", "approximate"],
  ]
  private static let bounds: [[String]] = [
    ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"],
    ["up", "to"], ["as", "many", "as"], ["as", "much", "as"], ["over"], ["under"],
    ["between"], ["from"], ["upwards", "of"], ["no", "more", "than"], ["exceeding"],
  ]
  private static let qualifierWords = Set((approximations + bounds).map { $0[0] })
  private static let timeUnits: [String: String] = [
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "year": "year", "decade": "decade", "century": "century",
  ]
  private static let currencySigns: [Unicode.Scalar: String] = [
    "$": "USD", "\u{20AC}": "EUR", "\u{00A3}": "GBP", "\u{20BD}": "RUB",
  ]
  private static let currencyWords: [String: String] = [
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ruble": "RUB",
    "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yuan": "CNY", "rial": "IRR",
    "rials": "IRR",
  ]
  private static let measures: [String: String] = [
    "percent": "percent", "%": "percent", "km": "km", "kilometer": "km", "kilometers": "km",
    "kilometre": "km", "kilometres": "km", "mile": "mile", "miles": "mile", "meter": "m",
    "meters": "m", "metre": "m", "metres": "m", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "ton": "ton", "tons": "ton", "tonne": "tonne", "tonnes": "tonne", "knot": "knot",
    "knots": "knot",
  ]

  /// The quantities `tokens` give, skipping the tokens in `excluded` (the words of periods).
  static func find(in tokens: ExpressionTokens, excluding excluded: [Range<Int>]) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < tokens.count {
      if excluded.contains(where: { $0.contains(index) }) {
        index += 1
        continue
      }
      let (qualifier, isApproximate, isBound) = qualifier(at: index, in: tokens)
      var numberIndex = qualifier.upperBound
      let sign = tokens[numberIndex].flatMap { token in
        token.kind == .mark ? currencySigns[token.text.unicodeScalars.first!] : nil
      }
      if sign != nil { numberIndex += 1 }
      guard !excluded.contains(where: { $0.contains(numberIndex) }),
        let number = NumberExpressions.read(at: numberIndex, in: tokens),
        !isJoinedToName(numberIndex, in: tokens)
      else {
        index += 1
        continue
      }
      index = number.tokens.upperBound
      let isBetween = tokens.isWord(qualifier.lowerBound, in: ["between"])
      if let rangeEnd = rangeEnd(after: number, joinedByAnd: isBetween, in: tokens) {
        // "10 to 20 percent", "10-20 percent": a range, not a figure.
        index = rangeEnd
        continue
      }
      guard let (field, unit, end) = unit(after: number, sign: sign, in: tokens) else { continue }
      index = end
      guard !isBound, field != .count || !(number.value.isOne || isYear(number, in: tokens))
      else { continue }
      let quantity = Quantity(
        amount: number.value.number, unit: unit,
        tolerance: isApproximate ? number.value.tenth : nil)
      found.append(
        Found(field: field, text: tokens.words(qualifier.lowerBound..<end), quantity: quantity))
    }
    return found
  }

  /// The words before a number that make it approximate or a bound, and which they are.
  private static func qualifier(at index: Int, in tokens: ExpressionTokens)
    -> (Range<Int>, isApproximate: Bool, isBound: Bool)
  {
    guard let first = tokens[index], first.kind == .word, qualifierWords.contains(first.lowercased)
    else { return (index..<index, false, false) }
    func matches(_ words: [String]) -> Bool {
      words.enumerated().allSatisfy { tokens[index + $0.offset]?.lowercased == $0.element }
    }
    if let words = approximations.first(where: matches) {
      return (index..<index + words.count, true, false)
    }
    if let words = bounds.first(where: matches) {
      return (index..<index + words.count, false, true)
    }
    return (index..<index, false, false)
  }

  /// Where a range that starts with `number` ends ("10 to 20", "10-20", "two or three", and
  /// after "between", "10 and 20"), or `nil` when the number stands alone.
  private static func rangeEnd(
    after number: NumberExpressions.Reading, joinedByAnd: Bool, in tokens: ExpressionTokens
  ) -> Int? {
    let next = number.tokens.upperBound
    let isJoiner =
      tokens.isWord(next, in: joinedByAnd ? ["to", "or", "and"] : ["to", "or"])
      || tokens.isMark(next, "-")
      || tokens.isMark(next, "\u{2013}")
    guard isJoiner, let second = NumberExpressions.read(at: next + 1, in: tokens) else {
      return nil
    }
    return second.tokens.upperBound
  }

  /// Whether `number` is four digits that read as a year ("the 2018 drills"): such a number
  /// before a noun names a year, not a count.
  private static func isYear(_ number: NumberExpressions.Reading, in tokens: ExpressionTokens)
    -> Bool
  {
    guard !number.isWords, number.tokens.count == 1, let token = tokens[number.tokens.lowerBound],
      token.text.count == 4, let value = Int(token.text)
    else { return false }
    return (1800...2199).contains(value)
  }

  /// Whether the number at `index` belongs to a name or a label: "S-400", "No. 7", "#3".
  private static func isJoinedToName(_ index: Int, in tokens: ExpressionTokens) -> Bool {
    if tokens.isJoiningHyphen(index - 1) { return true }
    if tokens.isMark(index - 1, "#") { return true }
    if tokens.isMark(index - 1, "."), tokens.isWord(index - 2, in: ["no", "nos"]) { return true }
    return tokens.isWord(index - 1, in: ["number"])
  }

  /// The unit after `number`: a time unit makes a duration, a currency or measure an amount,
  /// and a plural noun (after at most three lowercase words) a count.
  private static func unit(
    after number: NumberExpressions.Reading, sign: String?, in tokens: ExpressionTokens
  ) -> (Assertion.Field, String, Int)? {
    var next = number.tokens.upperBound
    if let sign { return (.amount, sign, next) }
    let isHyphenated = tokens.isJoiningHyphen(next)
    if isHyphenated { next += 1 }
    guard let token = tokens[next] else { return nil }
    let word = token.lowercased
    if token.kind == .mark, let measure = measures[token.text] {
      return (.amount, measure, next + 1)
    }
    guard token.kind == .word else { return nil }
    if let time = timeUnits[singular(word)] {
      let isAge =
        tokens.isJoiningHyphen(next + 1) && tokens.isWord(next + 2, in: ["old"])
        || tokens.isWord(next + 1, in: ["old", "ago"])
      return isAge ? nil : (.duration, time, next + 1)
    }
    if let currency = currencyWords[word] { return (.amount, currency, next + 1) }
    if word == "per", tokens.isWord(next + 1, in: ["cent"]) {
      return (.amount, "percent", next + 2)
    }
    if tokens.isWord(next, in: ["nautical"]), tokens.isWord(next + 1, in: ["mile", "miles"]) {
      return (.amount, "nautical mile", next + 2)
    }
    if let measure = measures[word] { return (.amount, measure, next + 1) }
    guard !isHyphenated else { return nil }
    for offset in 0..<4 {
      guard let candidate = tokens[next + offset], candidate.kind == .word,
        !candidate.isCapitalized
      else { return nil }
      if isPlural(candidate.lowercased) {
        return (.count, singular(candidate.lowercased), next + offset + 1)
      }
    }
    return nil
  }

  private static let irregularPlurals: [String: String] = [
    "people": "person", "personnel": "personnel", "troops": "troop", "men": "man",
    "women": "woman", "children": "child", "aircraft": "aircraft", "police": "police",
    "crew": "crew",
  ]
  private static let notNouns: Set = [
    "is", "was", "has", "this", "its", "his", "as", "us", "yes", "less", "thus", "plus",
    "does", "always", "perhaps", "towards", "across", "afterwards", "besides", "whereas",
  ]

  /// Whether `word` looks like a plural noun.
  static func isPlural(_ word: String) -> Bool {
    if irregularPlurals[word] != nil { return true }
    guard word.count > 2, word.hasSuffix("s"), !notNouns.contains(word) else { return false }
    return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("ics")
  }

  /// The singular of a plural noun: "ships" "ship", "countries" "country", "troops" "troop".
  static func singular(_ word: String) -> String {
    if let irregular = irregularPlurals[word] { return irregular }
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    for ending in ["sses", "xes", "ches", "shes", "zzes"] where word.hasSuffix(ending) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
      return String(word.dropLast())
    }
    return word
  }
}
