#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing every byte to an open file descriptor with `write(2)`, however many calls it takes:
/// the one loop behind atomic files and the CLI's standard output and error.
package enum DescriptorWrite {
  /// Writes all of `bytes` to `descriptor`, again after an interruption (`EINTR`).
  ///
  /// - Returns: `nil` once every byte is written; else the `errno` of the failure that stopped
  ///   it (`EIO` for a write that took nothing).
  package static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var written = 0
    while written < bytes.count {
      let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if result > 0 {
        written += result
      } else if result == 0 {
        return EIO
      } else if errno != EINTR {
        return errno
      }
    }
    return nil
  }

  /// Writes the UTF-8 of `text` to `descriptor`, as `all(_:to:)` does.
  package static func all(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { all(UnsafeRawBufferPointer($0), to: descriptor) }
  }
}
