/// The shape of a BCP 47 language tag (RFC 5646's well-formed syntax, without checking the
/// registry): `add --language` takes only such a tag.
public enum LanguageTag {
  /// Whether `tag` is well formed: a language of 2 to 8 letters, or `x`/`i` for private-use
  /// and grandfathered tags, then subtags of 1 to 8 letters or digits after hyphens
  /// (`en`, `pt-BR`, `zh-Hant-TW`, `x-private`, `i-klingon`). `en_US` is not.
  public static func isWellFormed(_ tag: String) -> Bool {
    let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard let language = subtags.first else { return false }
    let isLetter = { (scalar: Unicode.Scalar) in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
    let singleton = language.count == 1 && "xXiI".contains(language)
    guard
      singleton
        || ((2...8).contains(language.count) && language.unicodeScalars.allSatisfy(isLetter))
    else { return false }
    if singleton && subtags.count < 2 { return false }
    // A singleton (`x`, `u`, `a`) opens an extension: a subtag must follow it.
    if subtags.count > 1, subtags.last?.count == 1 { return false }
    return subtags.dropFirst().allSatisfy { subtag in
      (1...8).contains(subtag.count)
        && subtag.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
    }
  }
}
