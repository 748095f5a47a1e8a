/// A number the text writes, kept exactly: its digits and how many of them follow the point.
///
/// "1.5 billion" becomes 1500000000 by moving the point, never through a `Double`, so a draft
/// holds the figure the article gives.
struct ExactDecimal: Sendable, Equatable {
  /// The digits, without the point.
  var digits: [UInt8]
  /// How many of the digits follow the point.
  var scale: Int

  /// A whole number.
  init(_ integer: Int) {
    digits = Array(String(integer).utf8)
    scale = 0
  }

  /// Reads digits as an article writes them ("1,000", "1.5", "4.50"), or `nil` when the commas
  /// do not group thousands ("1,00") or there is more than one point.
  init?(written text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard (1...3).contains(groups[0].count) || groups.count == 1,
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard !fraction.contains(","), parts.count == 1 || !fraction.isEmpty else { return nil }
    digits = Array(groups.joined().utf8) + Array(fraction.utf8)
    scale = fraction.count
  }

  /// The number times ten to the `power`.
  func shifted(by power: Int) -> ExactDecimal {
    var result = self
    result.scale -= power
    if result.scale < 0 {
      result.digits += Array(repeating: UInt8(ascii: "0"), count: -result.scale)
      result.scale = 0
    }
    return result
  }

  /// The number as a JSON literal: no leading zeros, the fraction as written.
  var number: JSONNumber {
    var whole = Array(digits.dropLast(scale))
    while whole.count > 1, whole.first == UInt8(ascii: "0") { whole.removeFirst() }
    if whole.isEmpty { whole = [UInt8(ascii: "0")] }
    let fraction = digits.suffix(scale)
    let literal =
      String(decoding: whole, as: UTF8.self)
      + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
    return JSONNumber(literal: literal) ?? JSONNumber(0)
  }

  /// A tenth of the number, without trailing zeros after the point: the tolerance of "about".
  var tenth: JSONNumber {
    var result = self
    result.scale += 1
    if result.digits.count < result.scale {
      result.digits =
        Array(repeating: UInt8(ascii: "0"), count: result.scale - result.digits.count)
        + result.digits
    }
    while result.scale > 0, result.digits.last == UInt8(ascii: "0") {
      result.digits.removeLast()
      result.scale -= 1
    }
    return result.number
  }

  /// Whether the number is exactly one.
  var isOne: Bool { number.literal == "1" }
}

/// Reads the numbers of a sentence: digits ("2,030", "1.5 billion") and English number words
/// from "one" to "twenty", the tens, "hundred", "thousand", "million", "billion", "trillion"
/// ("twenty-five", "two hundred and fifty thousand").
enum NumberExpressions {
  /// A number and the tokens it takes.
  struct Reading: Sendable, Equatable {
    /// The value.
    var value: ExactDecimal
    /// The tokens of the number, scale words included.
    var tokens: Range<Int>
    /// Whether it is written in words ("four") rather than digits.
    var isWords: Bool
  }

  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  static let scales: [String: Int] = [
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
  ]

  /// The number that starts at token `index`, or `nil` when none does.
  static func read(at index: Int, in tokens: ExpressionTokens) -> Reading? {
    guard let token = tokens[index] else { return nil }
    if token.kind == .number {
      guard var value = ExactDecimal(written: token.text) else { return nil }
      var end = index + 1
      if let scale = tokens[end].flatMap({ scales[$0.lowercased] }) {
        value = value.shifted(by: scale)
        end += 1
      }
      return Reading(value: value, tokens: index..<end, isWords: false)
    }
    return readWords(at: index, in: tokens)
  }

  /// A number in words: units and tens add, "hundred" multiplies what came before, and a scale
  /// word closes a group ("two hundred and fifty thousand").
  private static func readWords(at index: Int, in tokens: ExpressionTokens) -> Reading? {
    var total = 0
    var group = 0
    var position = index
    var end = index
    var hasNumber = false
    while let token = tokens[position], token.kind == .word {
      let word = token.lowercased
      // Words past what an Int holds end the number rather than overflow.
      if let value = units[word], group < 1_000 {
        group += value
      } else if word == "hundred", hasNumber, group < 1_000 {
        group = max(group, 1) * 100
      } else if let power = scales[word], hasNumber, total < 1_000_000_000_000_000 {
        var factor = 1
        for _ in 0..<power { factor *= 10 }
        total += max(group, 1) * factor
        group = 0
      } else {
        break
      }
      hasNumber = true
      end = position + 1
      // "twenty-five", and "and" after a hundred or a scale, continue the number.
      if tokens.isJoiningHyphen(position + 1), let next = tokens[position + 2],
        units[next.lowercased] != nil
      {
        position += 2
      } else if tokens.isWord(position + 1, in: ["and"]), word == "hundred" || scales[word] != nil,
        let next = tokens[position + 2], units[next.lowercased] != nil
      {
        position += 2
      } else {
        position += 1
      }
    }
    guard hasNumber else { return nil }
    return Reading(value: ExactDecimal(total + group), tokens: index..<end, isWords: true)
  }
}
