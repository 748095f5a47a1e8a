import Foundation

/// One normalisation for characters that print alike: the checker compares words through it, so
/// a quote typed with other apostrophes, quotation marks, dashes or spaces than the source's
/// is the same quote.
///
/// Derived from Unicode properties, with a table for what the properties miss:
/// - every dash (general category Pd, such as U+2010 hyphen, U+2013 en dash, U+2014 em dash,
///   U+FF0D fullwidth hyphen-minus) and the minus sign U+2212 become `-`;
/// - every space separator (Zs, such as U+00A0 no-break space, U+2009 thin space, U+3000
///   ideographic space) and the line and paragraph separators (Zl, Zp) become a space;
/// - every quotation mark (the Quotation_Mark property, and the initial and final punctuation
///   of categories Pi and Pf) becomes `'` when its name calls it single (U+2018, U+201B,
///   U+2039) and `"` otherwise (U+201C, U+00AB, U+300C);
/// - the apostrophe look-alikes of `apostropheLookAlikes` (modifier letters such as U+02BC and
///   U+02B9, primes U+2032 and U+2035, the grave and acute accents U+0060 and U+00B4 used as
///   apostrophes, the fullwidth apostrophe U+FF07) become `'`, and the double primes and
///   the fullwidth quotation mark U+FF02 become `"`;
/// - the soft hyphen U+00AD and the zero-width space, joiners and word joiner vanish;
/// - the other fullwidth forms of ASCII (U+FF01 to U+FF5E) become their ASCII letters.
///
/// Case is folded with Unicode's full case mappings, not ASCII's: the lowercase of the
/// uppercase, so "STRASSE" and "straße", "ΣΟΦΟΣ" and "σοφος" fold alike (close to Unicode's
/// CaseFolding.txt, which the standard library does not expose).
public enum TypographicFolding {
  /// Apostrophe look-alikes the Unicode properties do not call quotation marks.
  public static let apostropheLookAlikes: Set<Unicode.Scalar> = [
    "\u{0060}",  // grave accent, typed for an opening apostrophe
    "\u{00B4}",  // acute accent, typed for a closing apostrophe
    "\u{02B9}",  // modifier letter prime
    "\u{02BB}",  // modifier letter turned comma (ʻokina)
    "\u{02BC}",  // modifier letter apostrophe
    "\u{02BD}",  // modifier letter reversed comma
    "\u{02C8}",  // modifier letter vertical line
    "\u{02CA}",  // modifier letter acute accent
    "\u{02CB}",  // modifier letter grave accent
    "\u{0374}",  // Greek numeral sign
    "\u{055A}",  // Armenian apostrophe
    "\u{05F3}",  // Hebrew punctuation geresh
    "\u{1FBD}",  // Greek koronis
    "\u{1FBF}",  // Greek psili
    "\u{1FEF}",  // Greek varia
    "\u{1FFD}",  // Greek oxia
    "\u{2032}",  // prime
    "\u{2035}",  // reversed prime
    "\u{A78C}",  // Latin small letter saltillo
    "\u{FF07}",  // fullwidth apostrophe
  ]

  /// Double-quote look-alikes the Unicode properties do not call quotation marks.
  public static let quotationLookAlikes: Set<Unicode.Scalar> = [
    "\u{02BA}",  // modifier letter double prime
    "\u{02DD}",  // double acute accent
    "\u{05F4}",  // Hebrew punctuation gershayim
    "\u{2033}",  // double prime
    "\u{2036}",  // reversed double prime
    "\u{3003}",  // ditto mark
    "\u{FF02}",  // fullwidth quotation mark
  ]

  /// Characters that vanish: they change how text breaks, not what it says.
  public static let invisible: Set<Unicode.Scalar> = [
    "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
  ]

  /// `text` in NFC with every look-alike folded to its ASCII stand-in and case folded.
  public static func fold(_ text: String) -> String {
    // Plain ASCII, the usual case, has no look-alike but the grave accent.
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) { return text.lowercased() }
    var scalars = String.UnicodeScalarView()
    for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
      if let folded = replacement(for: scalar) {
        scalars.append(contentsOf: folded.unicodeScalars)
      } else {
        scalars.append(scalar)
      }
    }
    return caseFolded(String(scalars))
  }

  /// What `scalar` folds to, or `nil` when it stays as it is.
  public static func replacement(for scalar: Unicode.Scalar) -> String? {
    if apostropheLookAlikes.contains(scalar) { return "'" }
    if scalar.isASCII { return nil }
    if invisible.contains(scalar) { return "" }
    if quotationLookAlikes.contains(scalar) { return "\"" }
    if (0xFF01...0xFF5E).contains(scalar.value),
      let ascii = Unicode.Scalar(scalar.value - 0xFF01 + 0x21)
    {
      return String(Character(ascii))
    }
    if scalar == "\u{2212}" { return "-" }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .dashPunctuation: return "-"
    case .spaceSeparator, .lineSeparator, .paragraphSeparator: return " "
    case .initialPunctuation, .finalPunctuation: return quoteStandIn(for: scalar)
    default: return properties.isQuotationMark ? quoteStandIn(for: scalar) : nil
    }
  }

  /// Whether `scalar` is folded to another character: a look-alike of an ASCII one.
  public static func isLookAlike(_ scalar: Unicode.Scalar) -> Bool {
    replacement(for: scalar) != nil
  }

  /// Case folded with Unicode's rules: the lowercase of the uppercase, so "ß" and "SS", or
  /// a final sigma and a capital sigma, fold alike.
  public static func caseFolded(_ text: String) -> String {
    text.uppercased().lowercased()
  }

  /// The quotation marks whose Unicode names call them single ("SINGLE", "APOSTROPHE"), as
  /// Unicode 16 names them: looked up here, not by name, as a name is made from the standard
  /// library's table of every scalar's name at each call (a quarter of a megabyte more of the
  /// program in memory, and slow).
  static let singleQuotationMarks: Set<Unicode.Scalar> = [
    "\u{0027}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}", "\u{FF07}",
  ]

  private static func quoteStandIn(for scalar: Unicode.Scalar) -> String {
    singleQuotationMarks.contains(scalar) ? "'" : "\""
  }
}
