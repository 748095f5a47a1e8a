import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file, refusing it before reading when the file system says it is larger than
/// the limit, and while reading when it grows past it (a pipe, a device, a file being written).
/// Memory never holds more than the limit and one chunk.
public enum BoundedFile {
  /// Why a file was not read.
  public enum Failure: Error, Sendable, Equatable {
    /// Nothing is at the path.
    case missing(path: String)
    /// It is a folder.
    case isAFolder(path: String)
    /// It is larger than the limit.
    case tooLarge(path: String, bytes: Int?, limit: Int, setting: InputLimit)
    /// It is a symbolic link, and links were not to be followed.
    case isALink(path: String)
    /// It is a pipe, a socket or a device where a file of the ledger should be (a FIFO would
    /// keep every command waiting for a writer).
    case notAFile(path: String)
    /// The system refused (permissions, I/O error).
    case unreadable(path: String, reason: String)

    /// A lowercase message, without the path (diagnostics put it in front).
    public var message: String {
      switch self {
      case .missing: "missing file"
      case .isAFolder: "a folder where a file should be"
      case .tooLarge(_, let bytes, let limit, let setting):
        if let bytes {
          "refused before reading: " + setting.describe(found: bytes, limit: limit)
        } else {
          "refused while reading: the file has more than \(limit) bytes, the limit (\(setting.setting))"
        }
      case .isALink: "cannot read the file: it is a symbolic link, which is not followed here"
      case .notAFile: "not a regular file (a pipe, socket or device) where a file should be"
      case .unreadable(_, let reason): "cannot read the file: \(reason)"
      }
    }
  }

  /// The bytes of the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file; `/dev/stdin` and named pipes are read as streams.
  ///   - limit: The most bytes accepted.
  ///   - setting: The setting that raises the limit, for the message.
  ///   - followsLinks: When `false`, a path whose last component is a symbolic link is refused.
  ///   - readsStreams: When `false` (a file of the ledger), a pipe, socket or device is refused
  ///     (`notAFile`) as soon as it is opened, without waiting for a writer.
  /// - Throws: `Failure`; nothing of the file is returned then.
  public static func read(
    _ path: String, limit: Int, setting: InputLimit = .fileBytes, followsLinks: Bool = true,
    readsStreams: Bool = true
  ) throws(Failure) -> [UInt8] {
    let flags =
      O_RDONLY | O_CLOEXEC | (followsLinks ? 0 : O_NOFOLLOW) | (readsStreams ? 0 : O_NONBLOCK)
    let descriptor = open(path, flags)
    return try read(
      opened: descriptor, error: errno, path: path, limit: limit, setting: setting,
      readsStreams: readsStreams)
  }

  /// The bytes of the file `name` in the open folder `folder`, never through a link: a name
  /// that is a symbolic link is refused (`isALink`), for the caller to resolve it its own way;
  /// nor from a stream (`notAFile`): the folder is the ledger's.
  ///
  /// Opening by name in a folder held open spares the system walking the whole path again for
  /// every file of a folder of thousands.
  /// - Parameters:
  ///   - name: A name in the folder (no `/`), as a C string.
  ///   - folder: A descriptor of the open folder.
  ///   - path: The file's path, as messages name it.
  ///   - limit: The most bytes accepted.
  ///   - setting: The setting that raises the limit, for the message.
  /// - Throws: `Failure`, naming `path`; nothing of the file is returned then.
  static func read(
    _ name: UnsafePointer<CChar>, inFolder folder: Int32, path: String, limit: Int,
    setting: InputLimit = .fileBytes
  ) throws(Failure) -> [UInt8] {
    precondition(strchr(name, Int32(UInt8(ascii: "/"))) == nil, "a name in the folder, not a path")
    let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    return try read(
      opened: descriptor, error: errno, path: path, limit: limit, setting: setting,
      readsStreams: false)
  }

  /// Whether `status` (from `stat(2)`, links followed) is that of a stream: neither a regular
  /// file nor a folder, so a pipe, a socket or a device. Read as it flows; never replaced by a
  /// file when written (`AtomicFile`).
  static func isStream(_ status: stat) -> Bool {
    let type = status.st_mode & S_IFMT
    return type != S_IFREG && type != S_IFDIR
  }

  /// The bytes of the file `open(2)` gave as `descriptor` (closed here), or the failure its
  /// `error` names when the open failed. Without `readsStreams`, the descriptor was opened not
  /// to block (a FIFO opens at once) and must be a regular file.
  private static func read(
    opened descriptor: Int32, error: Int32, path: String, limit: Int, setting: InputLimit,
    readsStreams: Bool
  ) throws(Failure) -> [UInt8] {
    guard descriptor >= 0 else {
      if error == ENOENT { throw .missing(path: path) }
      if error == ELOOP {
        throw .isALink(path: path)
      }
      throw .unreadable(path: path, reason: String(cString: strerror(error)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    let type = status.st_mode & S_IFMT
    if type == S_IFDIR { throw .isAFolder(path: path) }
    let isRegular = type == S_IFREG
    if !readsStreams, Self.isStream(status) { throw .notAFile(path: path) }
    let size = Int(status.st_size)
    if isRegular, size > limit {
      throw .tooLarge(path: path, bytes: size, limit: limit, setting: setting)
    }

    var bytes: [UInt8] = []
    // A regular file is read straight into an array of its size, and one byte more to see its
    // end at once; a stream, or a file that grew meanwhile, in chunks after that. A regular
    // file that gave its whole size in one call is taken as read, without a second call only
    // to be told its end.
    var wanted = isRegular ? size + 1 : 1 << 16
    var expected = isRegular ? size : nil
    while true {
      let room = limit - bytes.count
      if room < wanted { wanted = room + 1 }
      let part = try readUpTo(wanted, from: descriptor, path: path, endingAt: expected)
      if bytes.isEmpty { bytes = part } else { bytes += part }
      guard bytes.count <= limit else {
        throw .tooLarge(path: path, bytes: nil, limit: limit, setting: setting)
      }
      if part.count < wanted { return bytes }
      wanted = 1 << 16
      expected = nil
    }
  }

  /// Up to `count` bytes from `descriptor`: fewer only at the end of the file, or once
  /// `expected` bytes (a regular file's size when it was opened) have been read; a file that
  /// grew since is read as it was then.
  private static func readUpTo(
    _ count: Int, from descriptor: Int32, path: String, endingAt expected: Int? = nil
  ) throws(Failure) -> [UInt8] {
    var failure: Int32 = 0
    let part = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
      filled = 0
      while filled < count {
        let got = systemRead(descriptor, buffer.baseAddress! + filled, count - filled)
        if got > 0 {
          filled += got
          if filled == expected { return }
        } else if got == 0 {
          return
        } else if errno != EINTR {
          failure = errno
          return
        }
      }
    }
    guard failure == 0 else {
      throw .unreadable(path: path, reason: String(cString: strerror(failure)))
    }
    return part
  }
}

/// `read(2)`, named apart from Swift's own `read` functions.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
