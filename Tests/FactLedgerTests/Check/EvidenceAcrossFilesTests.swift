import Foundation
import TestSupport
import Testing

@testable import FactLedger

/// An evidence id names one item across all the files a check reads, as within one file.
@Suite("Evidence ids across files")
struct EvidenceAcrossFilesTests {
  private static func file(_ ids: [String]) -> String {
    let items = ids.map {
      #"{"id": "\#($0)", "claims": ["c1"], "source": {"publisher": "TASS"}}"#
    }
    return "{\"items\": [\n" + items.joined(separator: ",\n") + "\n]}"
  }

  /// What each file came to: its ids, or its findings as `path:line:column: message`.
  private static func outcomes(_ files: [[String]]) throws -> [String] {
    let folder = try TemporaryFolder()
    var paths: [String] = []
    for (index, ids) in files.enumerated() {
      try folder.write(file(ids), to: "e\(index).json")
      paths.append(folder.path + "/e\(index).json")
    }
    return EvidenceLoader().load(files: paths, claimIDs: ["c1"]).map { result in
      switch result {
      case .success(let items): return items.map(\.id).joined(separator: " ")
      case .failure(.invalid(let findings)):
        return findings.map {
          "\($0.path):\($0.location): \($0.message)"
            .replacingOccurrences(of: folder.path + "/", with: "")
        }.joined(separator: "; ")
      case .failure(let error): return error.message
      }
    }
  }

  @Test(
    "a file that repeats an id of a file before it is refused, each repeat named with where the id was first"
  )
  func repeatedID() throws {
    let found = try Self.outcomes([["ev-1", "ev-2"], ["ev-3", "ev-2", "ev-1"], ["ev-4"]])
    #expect(
      found == [
        "ev-1 ev-2",
        "e1.json:3:1: duplicate evidence id 'ev-2' (first in e0.json at 3:1); e1.json:4:1: duplicate evidence id 'ev-1' (first in e0.json at 2:1)",
        "ev-4",
      ])
  }

  @Test("the ids of a refused file are not held against the files after it")
  func refusedFileIDsFree() throws {
    let found = try Self.outcomes([["ev-1"], ["ev-1", "ev-2"], ["ev-2"]])
    #expect(found[0] == "ev-1")
    #expect(found[1].contains("duplicate evidence id 'ev-1' (first in e0.json at 2:1)"))
    #expect(found[2] == "ev-2")
  }

  @Test("an id repeated in a third file names the first file that holds it, not the second")
  func firstOfMany() throws {
    let found = try Self.outcomes([["ev-1"], ["ev-2"], ["ev-2", "ev-1"]])
    #expect(
      found[2]
        == "e2.json:2:1: duplicate evidence id 'ev-2' (first in e1.json at 2:1); e2.json:3:1: duplicate evidence id 'ev-1' (first in e0.json at 2:1)"
    )
  }
}
