import Testing

@testable import FactLedger

/// Durations, counts and amounts read from a sentence, their figures kept exactly.
@Suite("Quantity expressions")
struct QuantityExpressionsTests {
  private func quantities(_ sentence: String) -> [QuantityExpressions.Found] {
    QuantityExpressions.find(in: ExpressionTokens(sentence), excluding: [])
  }

  @Test(
    "figures with units: the field, the words, the exact amount and the unit",
    arguments: [
      ("completed a four-day joint military exercise", "duration", "four-day", "4", "day"),
      ("a 10-day exercise", "duration", "10-day", "10", "day"),
      ("the drills lasted three weeks", "duration", "three weeks", "3", "week"),
      ("for twenty-five years", "duration", "twenty-five years", "25", "year"),
      ("Iran sent three ships.", "count", "three ships", "3", "ship"),
      ("a force of 2,030 troops", "count", "2,030 troops", "2030", "troop"),
      ("with two major world naval powers", "count", "two major world naval powers", "2", "power"),
      (
        "two hundred and fifty thousand people", "count",
        "two hundred and fifty thousand people", "250000", "person"
      ),
      ("twelve countries took part", "count", "twelve countries", "12", "country"),
      ("a deal worth $1.5 billion", "amount", "$1.5 billion", "1500000000", "USD"),
      ("a deal worth 1.5 billion dollars", "amount", "1.5 billion dollars", "1500000000", "USD"),
      ("a budget of €0.25 million", "amount", "€0.25 million", "250000", "EUR"),
      ("trade rose 20 percent", "amount", "20 percent", "20", "percent"),
      ("trade rose 4.50 per cent", "amount", "4.50 per cent", "4.50", "percent"),
      ("trade rose 12.5%", "amount", "12.5%", "12.5", "percent"),
      ("a range of 5 km", "amount", "5 km", "5", "km"),
      ("some 300 nautical miles away", "amount", "some 300 nautical miles", "300", "nautical mile"),
      ("a 5-km zone", "amount", "5-km", "5", "km"),
    ])
  func found(sentence: String, field: String, words: String, amount: String, unit: String)
    throws
  {
    let found = try #require(quantities(sentence).first, "\(sentence)")
    #expect(found.field.rawValue == field)
    #expect(found.text == words)
    #expect(found.quantity.amount.literal == amount)
    #expect(found.quantity.unit == unit)
  }

  @Test("an approximate figure gets a tenth of itself as its tolerance, written exactly")
  func approximate() throws {
    let about = try #require(quantities("about 3,000 troops took part").first)
    #expect(about.text == "about 3,000 troops")
    #expect(about.quantity == Quantity(amount: 3000, unit: "troop", tolerance: 300))
    let estimated = try #require(quantities("an estimated 1.5 million people").first)
    #expect(estimated.quantity.tolerance?.literal == "150000")
    let small = try #require(quantities("roughly 0.5 percent").first)
    #expect(small.quantity.tolerance?.literal == "0.05")
  }

  @Test(
    "bounds, ranges, ones, years, ages, labels and model numbers draft no quantity",
    arguments: [
      "more than 1,000 troops took part",
      "at least three ships",
      "up to 20 percent",
      "fewer than 12 countries",
      "between 10 and 20 ships",
      "10 to 20 percent",
      "two or three ships",
      "one example noted by The National Interest",
      "the first time Iran has held a joint exercise",
      "the 2018 exercise and 2020 drills",
      "a 40-year-old officer",
      "an officer 40 years old",
      "It fired No. 7 rockets.",
      "Russia sold S-400 systems.",
      "the Vostok-2018 exercise",
      "a total of 1,00 ships",
      "both sides do not want it",
    ])
  func notFound(sentence: String) {
    #expect(quantities(sentence).isEmpty, "\(sentence): \(quantities(sentence))")
  }

  @Test("numbers in words and digits read exactly, far past what a Double keeps")
  func numbers() throws {
    func read(_ text: String) -> String? {
      NumberExpressions.read(at: 0, in: ExpressionTokens(text))?.value.number.literal
    }
    #expect(read("nineteen") == "19")
    #expect(read("ninety-nine") == "99")
    #expect(read("three million") == "3000000")
    #expect(read("one hundred and twenty") == "120")
    #expect(read("12,345,678,901,234,567,890 units") == "12345678901234567890")
    #expect(read("12345678901234567890.25 trillion") == "12345678901234567890250000000000")
    #expect(read("007") == "7")
    #expect(read("1,00") == nil)
    #expect(read("example") == nil)
    // Words past an Int end the number instead of overflowing.
    let long = Array(repeating: "ninety trillion", count: 20_000).joined(separator: " ")
    #expect(read(long) != nil)
  }

  @Test("the singular of a unit")
  func singular() {
    #expect(QuantityExpressions.singular("countries") == "country")
    #expect(QuantityExpressions.singular("forces") == "force")
    #expect(QuantityExpressions.singular("marches") == "march")
    #expect(QuantityExpressions.singular("people") == "person")
    #expect(!QuantityExpressions.isPlural("always"))
  }
}
