import Foundation
import TestSupport
import Testing

@testable import FactLedger

@Suite("Reading a file within a limit")
struct BoundedFileTests {
  private static func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
  }

  private static func file(_ contents: [UInt8], in folder: TemporaryFolder) throws -> String {
    let path = folder.path + "/file.bin"
    try Data(contents).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(
    "a regular file comes back byte for byte, whatever its size against the read chunk",
    arguments: [0, 1, 65_535, 65_536, 65_537, 300_001])
  func regularFile(size: Int) throws {
    let folder = try TemporaryFolder()
    let contents = Self.bytes(size)
    #expect(try BoundedFile.read(Self.file(contents, in: folder), limit: 1 << 20) == contents)
  }

  @Test("a file of exactly the limit is read; one byte more is refused before reading")
  func limitEdge() throws {
    let folder = try TemporaryFolder()
    let atLimit = try Self.file(Self.bytes(1_000), in: folder)
    #expect(try BoundedFile.read(atLimit, limit: 1_000).count == 1_000)
    #expect(
      throws: BoundedFile.Failure.tooLarge(
        path: atLimit, bytes: 1_000, limit: 999, setting: .fileBytes)
    ) {
      try BoundedFile.read(atLimit, limit: 999)
    }
  }

  @Test("a stream is read whole across chunks, and refused while reading once past the limit")
  func stream() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/pipe"
    #expect(mkfifo(path, 0o600) == 0)
    let contents = Self.bytes(200_000)
    for limit in [200_000, 199_999] {
      let writer = Thread {
        // Opening a pipe's writing end waits for its reader, so the writer runs beside it.
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        try? handle.write(contentsOf: Data(contents))
        try? handle.close()
      }
      writer.start()
      if limit == contents.count {
        #expect(try BoundedFile.read(path, limit: limit) == contents)
      } else {
        #expect(
          throws: BoundedFile.Failure.tooLarge(
            path: path, bytes: nil, limit: limit, setting: .fileBytes)
        ) {
          try BoundedFile.read(path, limit: limit)
        }
      }
      while !writer.isFinished { usleep(1_000) }
    }
  }

  @Test(
    "a ledger's file that is a FIFO with no writer, or a device, is refused at once, by path and in its folder"
  )
  func streamsRefused() throws {
    let folder = try TemporaryFolder()
    let pipe = folder.path + "/pipe"
    #expect(mkfifo(pipe, 0o600) == 0)
    for path in [pipe, "/dev/null"] {
      #expect(throws: BoundedFile.Failure.notAFile(path: path)) {
        try BoundedFile.read(path, limit: 10, readsStreams: false)
      }
    }
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
    defer { close(descriptor) }
    #expect(throws: BoundedFile.Failure.notAFile(path: pipe)) {
      try BoundedFile.read("pipe", inFolder: descriptor, path: pipe, limit: 10)
    }
    // A regular file is read as ever.
    let file = try Self.file([1, 2, 3], in: folder)
    #expect(try BoundedFile.read(file, limit: 10, readsStreams: false) == [1, 2, 3])
  }

  @Test("a folder, a missing file and a refused link each say what they are")
  func failures() throws {
    let folder = try TemporaryFolder()
    let target = try Self.file([1, 2, 3], in: folder)
    let link = folder.path + "/link"
    #expect(symlink(target, link) == 0)
    #expect(throws: BoundedFile.Failure.isAFolder(path: folder.path)) {
      try BoundedFile.read(folder.path, limit: 10)
    }
    #expect(throws: BoundedFile.Failure.missing(path: folder.path + "/none")) {
      try BoundedFile.read(folder.path + "/none", limit: 10)
    }
    #expect(try BoundedFile.read(link, limit: 10) == [1, 2, 3])
    #expect(throws: BoundedFile.Failure.self) {
      try BoundedFile.read(link, limit: 10, followsLinks: false)
    }
  }

  @Test(
    "a file read by name in an open folder: its bytes, whatever its size; a link, a folder, a missing name and a file too large each say what they are, under the path given",
    arguments: [0, 1, 65_536, 300_001])
  func byNameInFolder(size: Int) throws {
    let folder = try TemporaryFolder()
    let contents = Self.bytes(size)
    _ = try Self.file(contents, in: folder)
    #expect(symlink(folder.path + "/file.bin", folder.path + "/link") == 0)
    #expect(mkdir(folder.path + "/inner", 0o755) == 0)
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let read = { (name: String, limit: Int) throws(BoundedFile.Failure) in
      try BoundedFile.read(name, inFolder: descriptor, path: "named/" + name, limit: limit)
    }
    #expect(try read("file.bin", 1 << 20) == contents)
    #expect(throws: BoundedFile.Failure.isALink(path: "named/link")) { try read("link", 1 << 20) }
    #expect(throws: BoundedFile.Failure.isAFolder(path: "named/inner")) {
      try read("inner", 1 << 20)
    }
    #expect(throws: BoundedFile.Failure.missing(path: "named/none")) { try read("none", 1 << 20) }
    if size > 0 {
      #expect(
        throws: BoundedFile.Failure.tooLarge(
          path: "named/file.bin", bytes: size, limit: size - 1, setting: .fileBytes)
      ) { try read("file.bin", size - 1) }
      #expect(try read("file.bin", size) == contents)
    }
  }
}
