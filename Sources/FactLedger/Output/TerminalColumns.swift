/// How many columns of a terminal a character takes, as terminals lay text out (`wcwidth`):
/// two for an East Asian wide or fullwidth character (漢, ア, 한, Ａ) and for an emoji or a
/// flag, one for the rest. A combining mark is part of the character before it, and control
/// characters are escaped before a line is measured (`Escape.terminal`).
enum TerminalColumns {
  /// The columns `character` takes.
  static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 1 }
    // A character shown as an emoji: a heart with its variation selector, a keycap ("1️⃣").
    if scalars.contains("\u{FE0F}") || scalars.contains("\u{20E3}") { return 2 }
    return !first.isASCII && isWide(first.value) ? 2 : 1
  }

  /// The columns `text` takes.
  static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// Whether the scalar is East Asian wide or fullwidth, or an emoji shown wide: the ranges
  /// of Markus Kuhn's `wcwidth`, with the emoji blocks of later Unicode versions.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F,  // Hangul Jamo initials
      0x231A...0x231B, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,  // emoji shown wide
      0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5,
      0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755,
      0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
      0x2E80...0x303E,  // CJK radicals, punctuation
      0x3041...0x33FF,  // kana, CJK compatibility
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE30...0xFE4F,  // CJK compatibility forms
      0xFF00...0xFF60,  // fullwidth forms
      0xFFE0...0xFFE6,
      0x16FE0...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, kana supplements
      0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
      0x1F1E6...0x1F1FF,  // regional indicators (flags)
      0x1F200...0x1F251,  // enclosed ideographs
      0x1F300...0x1F64F,  // pictographs, emoticons
      0x1F680...0x1F6FF,  // transport and map symbols
      0x1F7E0...0x1F7EB,  // coloured circles and squares
      0x1F900...0x1F9FF,  // supplemental pictographs
      0x1FA70...0x1FAFF,
      0x20000...0x2FFFD,  // CJK extensions B and later
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
