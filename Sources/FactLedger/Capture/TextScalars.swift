/// Which Unicode scalars an article's text may hold.
enum TextScalars {
  /// Whether `scalar` marks a file as binary or broken rather than text: a C0 control other
  /// than tab, line feed, form feed and carriage return; DEL; a C1 control (U+0080 to U+009F,
  /// most often Windows-1252 bytes read as Latin-1); or a noncharacter (U+FDD0 to U+FDEF, and
  /// the last two code points of every plane).
  static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch value {
    case 0x09, 0x0A, 0x0C, 0x0D: return false
    case 0x00..<0x20, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
    default: return value & 0xFFFE == 0xFFFE
    }
  }

  /// "control character" or "noncharacter", as a message names `value`.
  static func kind(of value: UInt32) -> String {
    (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
      ? "noncharacter" : "control character"
  }
}
