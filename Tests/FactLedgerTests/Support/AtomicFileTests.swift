import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// An output named by the user may be a device or a pipe (`/dev/stdout`, a FIFO): it is written
/// into, never renamed over, which would put a file in its place.
@Suite("Atomic files and the streams written into instead")
struct AtomicFileTests {
  /// Makes a FIFO at `path`.
  private static func fifo(at path: String) throws {
    try #require(mkfifo(path, 0o600) == 0, "mkfifo: \(String(cString: strerror(errno)))")
  }

  /// Reads the FIFO at `path` on a thread of its own (an open for writing waits for a reader,
  /// and a task of the shared pool could wait behind the writer); `text()` waits for it all.
  private final class Reader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var read: String?

    init(_ path: String) {
      Thread.detachNewThread { [self] in
        read = FileHandle(forReadingAtPath: path).map {
          String(decoding: $0.readDataToEndOfFile(), as: UTF8.self)
        }
        done.signal()
      }
    }

    /// What was read, or `nil` when nothing came within ten seconds (no writer opened it).
    func text() -> String? {
      guard done.wait(timeout: .now() + .seconds(10)) == .success else { return nil }
      return read
    }
  }

  /// Whether `path` is (still) a FIFO, not followed through links.
  private static func isFIFO(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
  }

  @Test("devices and pipes are streams, through links too; files, folders and nothing are not")
  func streams() throws {
    let folder = try TemporaryFolder()
    let root = folder.url.path
    try Self.fifo(at: root + "/pipe")
    try folder.write("text", to: "file.txt")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/null", withDestinationPath: "/dev/null")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/link", withDestinationPath: root + "/file.txt")
    #expect(AtomicFile.isStream("/dev/null"))
    #expect(AtomicFile.isStream(root + "/pipe"))
    #expect(AtomicFile.isStream(root + "/null"))
    #expect(!AtomicFile.isStream(root + "/file.txt"))
    #expect(!AtomicFile.isStream(root + "/link"))
    #expect(!AtomicFile.isStream(root))
    #expect(!AtomicFile.isStream(root + "/missing"))
  }

  @Test("text for a FIFO goes to its reader, and the FIFO stays where it was")
  func writtenIntoAFIFO() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.path + "/pipe"
    try Self.fifo(at: path)
    let reader = Reader(path)
    try AtomicFile.write("{\"version\": 1}\n", to: path)
    #expect(reader.text() == "{\"version\": 1}\n")
    #expect(Self.isFIFO(path))
  }

  @Test("an export to a FIFO beside files writes the FIFO into and renames the files into place")
  func exportWithAStream() throws {
    let folder = try TemporaryFolder()
    let root = folder.url.path
    try Self.fifo(at: root + "/pipe")
    let reader = Reader(root + "/pipe")
    try ExportFiles.write([(root + "/a.html", "<p>a</p>\n"), (root + "/pipe", "<p>b</p>\n")])
    #expect(reader.text() == "<p>b</p>\n")
    #expect(try String(contentsOfFile: root + "/a.html", encoding: .utf8) == "<p>a</p>\n")
    #expect(Self.isFIFO(root + "/pipe"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["a.html", "pipe"])
  }
}
