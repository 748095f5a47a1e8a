import Foundation

/// Object keys: only those in Unicode Normalization Form C.
///
/// Swift's `String` compares and hashes by canonical equivalence, so a key spelt with U+212A
/// KELVIN SIGN would match `sourcedKinds` in the ledger's decoders, while every other JSON tool
/// sees an unknown key. Refusing keys that are not in NFC makes `==` on keys exact: NFC maps
/// each class of canonically equivalent strings to one sequence of scalars, so two NFC
/// strings are canonically equivalent only when their scalars are identical, which is what a
/// byte-comparing tool sees. An ASCII key is always in NFC, so the scanner only asks about
/// the others.
extension JSONScanner {
  /// Throws when `key`, which starts at `location`, is not in NFC.
  func checkNormalForm(of key: String, at location: SourceLocation) throws(JSONSyntaxError) {
    let normalized = key.precomposedStringWithCanonicalMapping
    // `==` would call the two equal: compare the scalars themselves.
    guard !key.unicodeScalars.elementsEqual(normalized.unicodeScalars) else { return }
    let first =
      zip(key.unicodeScalars, normalized.unicodeScalars).first { $0 != $1 }?.0
      ?? key.unicodeScalars.last!
    throw .keyNotInNormalFormC(key, normalized: normalized, scalar: first.value, at: location)
  }
}
