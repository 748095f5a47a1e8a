/// Joins a folder and a name with one `/`, as every path in diagnostics is written.
///
/// Made in one allocation, the bytes copied where they stand and the folder's end read on its
/// last byte: the loader joins a path for every claim file, and `hasSuffix` with two
/// concatenations took about 1,800 instructions.
///
/// - Parameters:
///   - folder: A folder, with or without a trailing `/`.
///   - name: A name or a relative path inside it.
/// - Returns: `folder/name`, with no `/` doubled where they meet.
package func joinPath(_ folder: String, _ name: String) -> String {
  // A folder whose last character is `/` ends in that byte; the byte alone can also end a
  // character that merely holds a `/` (one after a prepended mark), which `hasSuffix` tells.
  let endsWithSlash = folder.utf8.last == UInt8(ascii: "/") && folder.hasSuffix("/")
  let (folderCount, nameCount) = (folder.utf8.count, name.utf8.count)
  let slashCount = endsWithSlash ? 0 : 1
  return String(unsafeUninitializedCapacity: folderCount + slashCount + nameCount) { bytes in
    _ = bytes.initialize(from: folder.utf8)
    if !endsWithSlash { bytes[folderCount] = UInt8(ascii: "/") }
    _ = UnsafeMutableBufferPointer(rebasing: bytes[(folderCount + slashCount)...])
      .initialize(from: name.utf8)
    return folderCount + slashCount + nameCount
  }
}
