/// An enumeration read from JSON by its raw values, looked up through a `CaseNames` made once
/// per type rather than the `switch` over strings that `init(rawValue:)` runs.
protocol RawNamedCases: RawRepresentable, CaseIterable, Sendable where RawValue == String {
  /// The type's cases by raw value.
  static var names: CaseNames<Self> { get }
}

/// The cases of an enumeration and their raw values, looked up by UTF-8 length, then text.
///
/// The answers are `init(rawValue:)`'s: as for `FieldKeys`, text of another length can equal
/// a raw value under `==` only when the raw value holds a character that other text can
/// spell (`FieldKeys.hasOtherSpellings`); a type with such a raw value is looked up by
/// `init(rawValue:)` itself.
struct CaseNames<Value: RawRepresentable & CaseIterable & Sendable>: Sendable
where Value.RawValue == String {
  private let cases: [Value]
  private let rawValues: [String]
  private let lengths: [Int]
  /// Each raw value's words when it is small ASCII text; zeros, which no string has, otherwise.
  private let words: [SmallASCIIWords.Words]
  /// Whether some raw value can be spelt otherwise.
  private let comparesWholeText: Bool

  init() {
    cases = Array(Value.allCases)
    rawValues = cases.map(\.rawValue)
    lengths = rawValues.map(\.utf8.count)
    words = rawValues.map { SmallASCIIWords.of($0) ?? (0, 0) }
    comparesWholeText = rawValues.contains(where: FieldKeys.hasOtherSpellings)
  }

  /// The case whose raw value is `text`, as `init(rawValue:)` finds it.
  func value(named text: String) -> Value? {
    if comparesWholeText { return Value(rawValue: text) }
    // No raw value can be spelt otherwise, so all are ASCII: small ASCII text equals one
    // only byte for byte.
    if let textWords = SmallASCIIWords.of(text) {
      for index in words.indices where words[index] == textWords { return cases[index] }
      return nil
    }
    let length = text.utf8.count
    for index in rawValues.indices where lengths[index] == length && rawValues[index] == text {
      return cases[index]
    }
    return nil
  }
}
