/// How many columns of a terminal a character takes, as terminals lay text out (`wcwidth`):
/// two for an East Asian wide or fullwidth character (漢, ア, 한, Ａ) and for an emoji or a
/// flag, one for the rest. A combining mark is part of the character before it, and control
/// characters are escaped before a line is measured (`Escape.terminal`).
enum TerminalColumns {
  /// The columns `character` takes.
  static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first, !first.isASCII else { return 1 }
    if isWide(first.value) { return 2 }
    // A character shown as an emoji (a heart with its variation selector).
    return character.unicodeScalars.contains("\u{FE0F}") ? 2 : 1
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
      0x1F1E6...0x1F1FF,  // regional indicators (flags)
      0x1F300...0x1F64F,  // pictographs, emoticons
      0x1F680...0x1F6FF,  // transport and map symbols
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
