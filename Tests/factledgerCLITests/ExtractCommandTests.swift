import FactLedger
import Foundation
import TestSupport
import Testing

/// `factledger extract`: every record of an article drafted, on a copy of the shipped ledger
/// with the seed article's text added again under a new id.
@Suite("factledger extract (the binary)")
struct ExtractCommandTests {
  static let copy = "copy-2020-05-27"
  static let claims = "Ledger/articles/copy-2020-05-27/claims"

  /// A copy of the shipped ledger, with the seed article's text added as `copy`.
  private func scratch() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    let text = try String(
      contentsOfFile: RepositoryPaths.ledger + "/articles/crespo-2020-05-27/article.txt",
      encoding: .utf8)
    try folder.write(text, to: "story.txt")
    let added = try CLIRunner.run(
      [
        "add", "story.txt", "--article", Self.copy, "--title",
        "Should U.S. Worry About China-Russia Military Ties?", "--published", "2020-05-27",
        "--author", "Paul Crespo",
      ], in: folder.url)
    try #require(added.status == 0, "\(added.stderr)")
    return folder
  }

  private func extract(_ arguments: [String], in folder: TemporaryFolder) throws
    -> CLIRunner.Result
  {
    try CLIRunner.run(["extract"] + arguments, in: folder.url)
  }

  /// Every file of the ledger and its bytes, the writers' lock file aside.
  private func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
    let ledger = folder.url.appendingPathComponent("Ledger")
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: ledger.path)
    while let name = walker?.nextObject() as? String {
      guard name != ".factledger.lock" else { continue }
      files[name] = (try? Data(contentsOf: ledger.appendingPathComponent(name))) ?? Data()
    }
    return files
  }

  private func claimFiles(_ folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: folder.url.appendingPathComponent(Self.claims).path
    ).filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test("--stdout prints one valid draft record a line and writes nothing")
  func stdout() throws {
    let folder = try scratch()
    let before = try snapshot(folder)
    let result = try extract(["--article", Self.copy, "--stdout"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(try snapshot(folder) == before)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 48)
    for line in lines {
      var problems: [DecodingProblem] = []
      let claim = try #require(
        Claim(json: try JSONParser().parse(Array(line.utf8)), problems: &problems))
      #expect(problems.isEmpty)
      #expect(claim.isDraft)
      #expect(claim.article == Self.copy)
    }
    #expect(lines.first?.hasPrefix("{\"id\":\"wednesday-may-27-2020\"") == true)
  }

  @Test("drafts are written all at once, validate, list as draft, and lint flags them")
  func write() throws {
    let folder = try scratch()
    let result = try extract(["--article", Self.copy], in: folder)
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "created 48 draft records in Ledger/articles/copy-2020-05-27/claims/\n"))
    #expect(result.stdout.contains("  kinds: "))
    #expect(try claimFiles(folder).count == 48)
    let validate = try CLIRunner.run(["validate"], in: folder.url)
    #expect(validate.status == 0, "\(validate.stderr)")
    let list = try CLIRunner.run(
      ["list", "--all", "--article", Self.copy, "--format", "csv"], in: folder.url)
    #expect(list.status == 0)
    #expect(list.stdout.contains("wednesday-may-27-2020,copy-2020-05-27,dateline,draft,"))
    let drafts = try CLIRunner.run(
      ["list", "--all", "--status", "draft", "--format", "json"], in: folder.url)
    #expect(drafts.status == 0)
    #expect(drafts.stdout.components(separatedBy: "\"status\": \"draft\"").count - 1 == 48)
    try folder.write(drafts.stdout, to: "list.json")
    #expect(
      try CLIRunner.run(["validate", "--as", "list-output", "list.json"], in: folder.url).status
        == 0)
    let unreviewed = try CLIRunner.run(
      ["list", "--all", "--status", "unreviewed", "--article", Self.copy], in: folder.url)
    #expect(!unreviewed.stdout.contains("wednesday-may-27-2020"))
    let lint = try CLIRunner.run(["lint"], in: folder.url)
    #expect(lint.status == 1)
    #expect(lint.stdout.contains("[draft-record]") || lint.stderr.contains("[draft-record]"))
    #expect(!(lint.stdout + lint.stderr).contains("[uncovered-sentence]"))
  }

  @Test(
    "a draft naming an outlet sources.json lacks leaves the ledger readable (a warning); lint fails it; a reviewed record with one is refused"
  )
  func unknownOutletInDraft() throws {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    try folder.write("China sent 3,000 troops, according to Xinhua.\n", to: "wire.txt")
    let added = try CLIRunner.run(
      [
        "add", "wire.txt", "--article", "wire-2020-01-01", "--title", "T", "--published",
        "2020-01-01",
      ],
      in: folder.url)
    try #require(added.status == 0, "\(added.stderr)")
    #expect(try extract(["--article", "wire-2020-01-01"], in: folder).status == 0)
    let path = "Ledger/articles/wire-2020-01-01/claims/china-sent-3-000-troops.json"
    let record = try String(contentsOf: folder.url.appendingPathComponent(path), encoding: .utf8)
    try #require(record.contains("\"outlet\": \"xinhua\""), "\(record)")
    for command in [["list"], ["check"]] {
      let result = try CLIRunner.run(command, in: folder.url)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(result.stderr.contains("warning: unknown source 'xinhua'"), "\(result.stderr)")
    }
    let lint = try CLIRunner.run(["lint"], in: folder.url)
    #expect(lint.status == 1)
    #expect(lint.stdout.contains("error: unknown source 'xinhua'"), "\(lint.stdout)")
    // Reviewed (the draft field deleted), the record is a ledger error again.
    try record.replacingOccurrences(of: "\"draft\": true,", with: "").write(
      to: folder.url.appendingPathComponent(path), atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["list"], in: folder.url).status == 2)
  }

  @Test("an article with records is refused without --merge; nothing is written")
  func refused() throws {
    let folder = try scratch()
    #expect(try extract(["--article", Self.copy], in: folder).status == 0)
    let before = try snapshot(folder)
    let again = try extract(["--article", Self.copy], in: folder)
    #expect(again.status == 2)
    #expect(
      again.stderr.contains(
        "article 'copy-2020-05-27' already has 48 records (Ledger/articles/copy-2020-05-27/claims); pass --merge"
      ))
    #expect(try snapshot(folder) == before)
    let shipped = try extract(["--article", "crespo-2020-05-27"], in: folder)
    #expect(shipped.status == 2)
    #expect(shipped.stderr.contains("already has 49 records"))
    #expect(try snapshot(folder) == before)
  }

  @Test("--merge drafts only the text no record covers; run again, it changes nothing")
  func merge() throws {
    let folder = try scratch()
    #expect(try extract(["--article", Self.copy], in: folder).status == 0)
    let claims = folder.url.appendingPathComponent(Self.claims)
    for id in ["wednesday-may-27-2020", "joint-experimental-design-work-with"] {
      try FileManager.default.removeItem(at: claims.appendingPathComponent("\(id).json"))
    }
    let merged = try extract(["--article", Self.copy, "--merge"], in: folder)
    #expect(merged.status == 0)
    // The dateline, and the two pieces of Kochkin's sentence around its credential's record.
    #expect(merged.stdout.hasPrefix("created 3 draft records in"))
    #expect(merged.stdout.contains("(beside 46 existing)"))
    #expect(try claimFiles(folder).count == 49)
    let before = try snapshot(folder)
    let again = try extract(["--article", Self.copy, "--merge"], in: folder)
    #expect(again.status == 0)
    #expect(
      again.stdout
        == "every word of 'copy-2020-05-27' is covered by one of its 49 records; nothing to draft\n"
    )
    #expect(try snapshot(folder) == before)
    // The shipped, hand-written records cover every word too.
    let shipped = try extract(["--article", "crespo-2020-05-27", "--merge"], in: folder)
    #expect(shipped.status == 0)
    #expect(try snapshot(folder) == before)
  }

  @Test("bad input: an unknown article, no --article, an extra argument; nothing written")
  func badInput() throws {
    let folder = try scratch()
    let before = try snapshot(folder)
    let unknown = try extract(["--article", "nowhere"], in: folder)
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr.contains(
        "error: unknown article 'nowhere'; 'factledger add' puts an article in the ledger"))
    let missing = try extract([], in: folder)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("--article ID"))
    let extra = try extract(["--article", Self.copy, "story.txt"], in: folder)
    #expect(extra.status == 2)
    #expect(try snapshot(folder) == before)
  }

  @Test("--help explains the output, --merge and the exit codes, with examples")
  func help() throws {
    let result = try CLIRunner.run(["extract", "--help"])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "USAGE: factledger extract [--ledger <DIR>] [--follow-links] --article <ID>"))
    #expect(result.stdout.contains("JSON Lines"))
    #expect(result.stdout.contains("--merge"))
    #expect(result.stdout.contains("EXAMPLES:"))
    let root = try CLIRunner.run(["--help"])
    #expect(root.stdout.contains("extract"))
  }
}
