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

  /// The first scalar of `text` (whose UTF-8 is `bytes`) that `isRefused`, with its line and
  /// column, or `nil`. A pass over the bytes comes first: most texts have no byte that can
  /// start such a scalar, and are not walked scalar by scalar.
  ///
  /// With `controlsOnly`, only a C0 control counts (a byte below 0x20 but the text controls).
  static func firstRefused(inUTF8 bytes: [UInt8], of text: String, controlsOnly: Bool = false)
    -> (SourceLocation, Unicode.Scalar)?
  {
    guard bytes.withUnsafeBufferPointer(mayHoldRefused) else { return nil }
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      if isRefused(scalar), !controlsOnly || scalar.value < 0x20 {
        return (SourceLocation(line: line, column: column), scalar)
      }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return nil
  }

  /// Whether valid UTF-8 `bytes` may encode a scalar that `isRefused`: a control byte, or the
  /// lead bytes of a C1 control (C2 80 to C2 9F) or of a noncharacter (EF B7 90 to EF B7 AF,
  /// EF BF BE and EF BF BF, and the four-byte ones ending in BF BE or BF BF). No-break spaces,
  /// curly quotes and dashes, which most texts hold, are passed over byte by byte.
  private static func mayHoldRefused(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      index += 1
      if byte >= 0x20 && byte < 0x7F { continue }
      switch byte {
      case 0x09, 0x0A, 0x0C, 0x0D: continue
      case 0x00..<0x20, 0x7F: return true
      case 0xC2: if index < count, bytes[index] < 0xA0 { return true }
      case 0xEF:
        if index + 1 < count {
          let (second, third) = (bytes[index], bytes[index + 1])
          if (second == 0xB7 && third >= 0x90 && third <= 0xAF) || (second == 0xBF && third >= 0xBE)
          {
            return true
          }
        }
      case 0xF0...0xF4:
        if index + 2 < count, bytes[index] & 0x0F == 0x0F, bytes[index + 1] == 0xBF,
          bytes[index + 2] >= 0xBE
        {
          return true
        }
      default: continue
      }
    }
    return false
  }

  /// `value` in uppercase hexadecimal, at least four digits.
  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
