import FactLedger
import Foundation
import TestSupport
import Testing

/// `factledger claim new`: one drafted record from words a person chose, on a copy of the
/// shipped ledger.
@Suite("factledger claim new (the binary)")
struct ClaimNewCommandTests {
  static let article = "crespo-2020-05-27"
  static let claims = "Ledger/articles/crespo-2020-05-27/claims/"
  static let kochkin = "\"Joint experimental design work with the Chinese side is underway,\""

  private func scratch() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    return folder
  }

  private func claimNew(_ arguments: [String], in folder: TemporaryFolder) throws
    -> CLIRunner.Result
  {
    try CLIRunner.run(["claim", "new", "--article", Self.article] + arguments, in: folder.url)
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

  @Test(
    "words typed with straight quotes are found at the curly-quoted place and drafted as a quote")
  func kochkinQuote() throws {
    let folder = try scratch()
    let result = try claimNew(["--quote", Self.kochkin, "--id", "kochkin-draft"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout.contains("created Ledger/articles/crespo-2020-05-27/claims/kochkin-draft.json"))
    #expect(result.stdout.contains("article.txt:17:179, offsets 1779..<1846"))
    #expect(result.stdout.contains("kind: quote"))
    #expect(result.stdout.contains("speaker 'Alexander Kochkin', outlet 'tass'"))
    let url = folder.url.appendingPathComponent(Self.claims + "kochkin-draft.json")
    let bytes = try Data(contentsOf: url)
    let value = try JSONParser().parse(Array(bytes))
    var problems: [DecodingProblem] = []
    let claim = try #require(Claim(json: value, problems: &problems))
    #expect(problems.isEmpty)
    #expect(claim.isDraft)
    #expect(
      claim.anchor.exact
        == "\u{201C}Joint experimental design work with the Chinese side is underway,\u{201D}")
    #expect(claim.attribution.kind == .explicit)
    #expect(claim.attribution.cue?.exact == "said")
    #expect(claim.attribution.outlet == "tass")
    #expect(
      claim.assertions.first?.value
        == .text("Joint experimental design work with the Chinese side is underway"))
    // The written file round-trips byte for byte.
    #expect(Data(JSONWriter().string(for: claim.json).utf8) == bytes)
  }

  @Test("a cue after a no-break space is found, and the record keeps the article's spelling")
  func noBreakSpace() throws {
    let folder = try scratch()
    let result = try claimNew(
      ["--quote", "According to CNN, Iranian Second Rear Admiral", "--stdout"], in: folder)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("\"exact\": \"According to\u{00A0}CNN, Iranian Second Rear Admiral\""))
    #expect(result.stdout.contains("\"outlet\": \"cnn\""))
  }

  @Test("a written draft keeps list --all working and makes lint report draft-record")
  func listAndLint() throws {
    let folder = try scratch()
    #expect(try claimNew(["--quote", Self.kochkin], in: folder).status == 0)
    let list = try CLIRunner.run(["list", "--all"], in: folder.url)
    #expect(list.status == 0)
    #expect(list.stdout.contains("joint-experimental-design-work-with"))
    let lint = try CLIRunner.run(["lint"], in: folder.url)
    #expect(
      lint.stderr.contains(
        "joint-experimental-design-work-with.json:4:12: error: 'joint-experimental-design-work-with' is a draft"
      ) || lint.stdout.contains("[draft-record]"))
    // A second record from the same words gets a numeric suffix.
    let again = try claimNew(["--quote", Self.kochkin], in: folder)
    #expect(again.stdout.contains("joint-experimental-design-work-with-2.json"))
  }

  @Test("words in several places: each place is listed; --occurrence takes one")
  func severalPlaces() throws {
    let folder = try scratch()
    let before = try snapshot(folder)
    // Typed in lower case: found, folded, in three places.
    let result = try claimNew(["--quote", "putin"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: the words stand in 3 places in the article"))
    #expect(
      result.stderr.contains(
        "article.txt:5:18: note: occurrence 1: '…? As Russia, under Putin, becomes more isola…'"))
    #expect(result.stderr.contains("article.txt:25:28: note: occurrence 2: '"))
    #expect(result.stderr.contains("article.txt:25:150: note: occurrence 3: '"))
    #expect(try snapshot(folder) == before)
    let chosen = try claimNew(["--quote", "putin", "--occurrence", "2", "--stdout"], in: folder)
    #expect(chosen.status == 0)
    #expect(chosen.stdout.contains("\"prefix\": \"ia.\\n\\nRussian President Vladimir \","))
    #expect(chosen.stdout.contains("\"exact\": \"Putin\""))
  }

  @Test("words not in the article: the most similar passage at its line and column, exit 2")
  func notFound() throws {
    let folder = try scratch()
    let result = try claimNew(["--quote", "joint drills cause a signal"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: the words are not in the article"))
    #expect(
      result.stderr.contains(
        "article.txt:11:79: note: the most similar passage: 'joint drills serve as a'"))
  }

  @Test(
    "bad input gets one clear error, exit 2, and nothing is written",
    arguments: [
      (["--quote", "  "], "option '--quote' needs a value, not an empty one (--quote WORDS)"),
      (["--quote", "Putin", "--id", "../x"], "claim id '../x' is not a lowercase slug"),
      (["--quote", "Putin", "--kind", "rumour"], "'rumour' is not a value of '--kind'"),
      (["--quote", "Putin", "--occurrence", "9"], "--occurrence 9 is out of range"),
      (["--quote", "Putin", "--occurrence", "0"], "'--occurrence' takes a number from 1"),
      (
        ["--quote", "Tecmash Research", "--id", "kochkin-joint-design-work"],
        "claim 'kochkin-joint-design-work' already exists"
      ),
    ])
  func badInput(arguments: [String], message: String) throws {
    let folder = try scratch()
    let before = try snapshot(folder)
    let result = try claimNew(arguments, in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message))
    #expect(try snapshot(folder) == before)
  }

  @Test("an unknown article is refused, and --stdout writes nothing")
  func unknownArticleAndStdout() throws {
    let folder = try scratch()
    let before = try snapshot(folder)
    let unknown = try CLIRunner.run(
      ["claim", "new", "--article", "nowhere", "--quote", "Putin"], in: folder.url)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("error: unknown article 'nowhere'"))
    let printed = try claimNew(["--quote", Self.kochkin, "--stdout"], in: folder)
    #expect(printed.status == 0)
    #expect(printed.stdout.hasPrefix("{\n  \"id\": \"joint-experimental-design-work-with\","))
    #expect(try snapshot(folder) == before)
  }

  @Test("claim --help and claim new --help print their help; claim alone is a usage error")
  func help() throws {
    let group = try CLIRunner.run(["claim", "--help"])
    #expect(group.status == 0)
    #expect(group.stdout.contains("USAGE: factledger claim <subcommand>"))
    #expect(group.stdout.contains("  new "))
    let new = try CLIRunner.run(["claim", "new", "--help"])
    #expect(new.status == 0)
    #expect(new.stdout.contains("--occurrence"))
    let bare = try CLIRunner.run(["claim"])
    #expect(bare.status == 2)
    #expect(bare.stderr.contains("missing subcommand (new)"))
  }
}
