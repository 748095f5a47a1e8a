/// The words of a sentence, lowercased, for matching cue phrases as whole words.
struct SentenceWords {
  /// The words in order: letters, digits, apostrophes and hyphens, lowercased.
  let words: [String]
  /// The words as written, case kept.
  let written: [String]

  /// Splits `text` into words.
  init(_ text: String) {
    var written: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar == "'" || scalar == "\u{2019}" || scalar == "-"
      {
        current.append(scalar == "\u{2019}" ? "'" : scalar)
      } else if !current.isEmpty {
        written.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { written.append(String(current)) }
    self.written = written.map(\.trimmingHyphens).filter { !$0.isEmpty }
    words = self.written.map { $0.lowercased() }
  }

  /// Whether any of `phrases` (words separated by single spaces) stands in the sentence.
  func contains(any phrases: [String]) -> Bool {
    phrases.contains { index(of: $0) != nil }
  }

  /// The index of the first word of `phrase`, when it stands in the sentence.
  func index(of phrase: String) -> Int? {
    let parts = phrase.split(separator: " ").map(String.init)
    guard !parts.isEmpty, parts.count <= words.count else { return nil }
    return (0...(words.count - parts.count)).first { start in
      words[start..<start + parts.count].elementsEqual(parts)
    }
  }
}

extension String {
  fileprivate var trimmingHyphens: String {
    var scalars = Substring(self)
    while scalars.first == "-" { scalars = scalars.dropFirst() }
    while scalars.last == "-" { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
