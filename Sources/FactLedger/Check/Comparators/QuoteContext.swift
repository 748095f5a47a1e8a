/// Checks a short quoted fragment ("historic") in its sentence: the words around it in the
/// article are found in the source, and what the source has between them is its version of
/// the fragment.
///
/// The article's sentence gives up to two words before the fragment and two after; the source
/// must have the same words before and after, with at most `maxFragmentWords` + 4 words
/// between. A fragment at an end of its sentence needs the words on its one side, and the
/// source's version runs to the source's own break (a sentence stop or a quotation mark).
/// Equal words there are a match; other words are a misquote naming both ("has 'historic'
/// where the source has 'important'").
enum QuoteContext {
  /// The longest quote taken for a fragment: "one or a few words".
  static let maxFragmentWords = 4
  /// How many words on each side place the fragment.
  static let contextWords = 2

  /// Whether a quote of `wordCount` words is short enough to be checked by its place in the
  /// sentence.
  static func isFragment(wordCount: Int) -> Bool {
    (1...maxFragmentWords).contains(wordCount)
  }

  /// The fragment's words compared with what the source has in their place, or `nil` when the
  /// source does not have their surroundings.
  ///
  /// - Parameters:
  ///   - claimed: The article's quoted words.
  ///   - article: The keys of the words of the article's sentence.
  ///   - source: The source's words, asked for only when the sentence places the fragment.
  static func compare(
    fragment claimed: [FoldedWord], in article: [String], with source: () -> [FoldedWord]
  ) -> QuoteComparator.Result? {
    let claimedKeys = claimed.map(\.key)
    guard isFragment(wordCount: claimed.count),
      let start = firstIndex(of: claimedKeys, in: article)
    else { return nil }
    let before = Array(article[max(0, start - contextWords)..<start])
    let afterStart = start + claimedKeys.count
    let after = Array(article[afterStart..<min(article.count, afterStart + contextWords)])
    let sourceWords = source()
    guard let span = place(before: before, after: after, in: sourceWords)
    else { return nil }
    return QuoteComparator.compareInPlace(claimed: claimed, source: Array(sourceWords[span]))
  }

  /// Where the fragment stands in `words`: between `before` and `after` when both are found
  /// close together, else right after `before` or right before `after`.
  private static func place(
    before: [String], after: [String], in words: [FoldedWord]
  ) -> Range<Int>? {
    let keys = words.map(\.key)
    let maxGap = maxFragmentWords + 4
    let befores = before.isEmpty ? [] : ends(of: before, in: keys)
    let afters = after.isEmpty ? [] : starts(of: after, in: keys)
    for end in befores {
      if let next = afters.first(where: { $0 >= end && $0 - end <= maxGap }) {
        return end..<next
      }
    }
    // At an end of the sentence, the source's words run to its own break (or as far as the
    // longest fragment and a few words more).
    if after.isEmpty, let end = befores.first, end < keys.count {
      var last = end
      repeat {
        last += 1
      } while last < min(keys.count, end + maxGap)
        && !words[last - 1].isFollowedByBreak
      return end..<last
    }
    if before.isEmpty, let next = afters.first, next > 0 {
      var first = next
      repeat {
        first -= 1
      } while first > max(0, next - maxGap) && !words[first - 1].isFollowedByBreak
      return first..<next
    }
    return nil
  }

  private static func firstIndex(of needle: [String], in haystack: [String]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first {
      haystack[$0..<$0 + needle.count].elementsEqual(needle)
    }
  }

  /// The indices just past each occurrence of `needle`.
  private static func ends(of needle: [String], in haystack: [String]) -> [Int] {
    starts(of: needle, in: haystack).map { $0 + needle.count }
  }

  /// The index of each occurrence of `needle`.
  private static func starts(of needle: [String], in haystack: [String]) -> [Int] {
    guard needle.count <= haystack.count else { return [] }
    return (0...(haystack.count - needle.count)).filter {
      haystack[$0..<$0 + needle.count].elementsEqual(needle)
    }
  }
}
