import Foundation
import TestSupport
import Testing

@Suite("factledger export (the binary)")
struct ExportCommandTests {
  private let article = "crespo-2020-05-27"

  private func files(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test("with no options it writes the shipped article's page to stdout, every record on it")
  func pageToStdout() throws {
    let result = try CLIRunner.run(["export"], environment: ["SOURCE_DATE_EPOCH": "1764403200"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(result.stdout.components(separatedBy: "<mark id=\"hl-").count - 1 == 49)
    #expect(result.stdout.contains("<time datetime=\"2025-11-29T08:00:00Z\">"))
    #expect(result.stdout.contains("<code>Ledger/evidence/crespo-2020-05-27.json</code>"))
  }

  @Test("-o DIR/ makes the folder and writes an index and one page per article")
  func folder() throws {
    let scratch = try TemporaryFolder()
    let result = try CLIRunner.run(
      ["export", "--ledger", RepositoryPaths.ledger, "-o", "site/"], in: scratch.url)
    #expect(result.status == 0)
    let site = scratch.url.appendingPathComponent("site")
    #expect(files(in: site) == ["\(article).html", "index.html"])
    let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("<a href=\"\(article).html\">"))
    #expect(result.stderr.contains("note: wrote site/index.html"))
  }

  @Test(
    "an unknown article, a path that cannot be written, or --evidence with claimreview: exit 2, nothing written"
  )
  func usageErrors() throws {
    let scratch = try TemporaryFolder()
    try scratch.write("not a folder", to: "file.txt")
    let ledger = RepositoryPaths.ledger
    let unknown = try CLIRunner.run(
      ["export", "--ledger", ledger, "--article", "nowhere", "-o", "page.html"], in: scratch.url)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("error: unknown article 'nowhere'; the ledger has: \(article)"))
    let unwritable = try CLIRunner.run(
      ["export", "--ledger", ledger, "-o", "file.txt/page.html"], in: scratch.url)
    #expect(unwritable.status == 2)
    #expect(
      unwritable.stderr.contains(
        "error: cannot write 'file.txt/page.html': 'file.txt' is not a folder; nothing was written")
    )
    let mixed = try CLIRunner.run(
      ["export", "--ledger", ledger, "--format", "claimreview", "--evidence", "x.csv"],
      in: scratch.url)
    #expect(mixed.status == 2)
    #expect(files(in: scratch.url) == ["file.txt"])
  }

  @Test("bad evidence: every problem at path:line:column, exit 2, no page written")
  func badEvidence() throws {
    let scratch = try TemporaryFolder()
    try scratch.write(
      "id,claims,source.publisher\nev-1,no-such-claim,TASS\n", to: "bad.csv")
    let result = try CLIRunner.run(
      ["export", "--ledger", RepositoryPaths.ledger, "--evidence", "bad.csv", "-o", "page.html"],
      in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.csv:2:6: error: unknown claim 'no-such-claim'"))
    #expect(files(in: scratch.url) == ["bad.csv"])
  }

  @Test("two articles: one page needs --article; -o DIR/ writes both and an index of both")
  func twoArticles() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger().path
    try scratch.write("Geng Shuang spoke to reporters on Thursday.\n", to: "second.txt")
    let add = try CLIRunner.run(
      [
        "add", "second.txt", "--ledger", ledger, "--article", "geng-2020-05-28", "--title",
        "A briefing", "--published", "2020-05-28",
      ], in: scratch.url)
    #expect(add.status == 0)
    let one = try CLIRunner.run(["export", "--ledger", ledger])
    #expect(one.status == 2)
    #expect(one.stdout.isEmpty)
    #expect(one.stderr.contains("the ledger has 2 articles: pass --article ID"))
    let chosen = try CLIRunner.run(["export", "--ledger", ledger, "--article", "geng-2020-05-28"])
    #expect(chosen.status == 0)
    #expect(
      chosen.stdout.contains(
        "<span class=\"uncovered\" title=\"no record covers this text\">Geng Shuang spoke to reporters on Thursday.</span>"
      ))
    let site = try CLIRunner.run(["export", "--ledger", ledger, "-o", "site/"], in: scratch.url)
    #expect(site.status == 0)
    #expect(
      files(in: scratch.url.appendingPathComponent("site")) == [
        "\(article).html", "geng-2020-05-28.html", "index.html",
      ])
  }

  @Test("a claim text holding <script> and quotes is escaped on the page")
  func hostileClaim() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger()
    let file = ledger.appendingPathComponent("articles/\(article)/claims/putin-credential.json")
    let original = try String(contentsOf: file, encoding: .utf8)
    try original.replacingOccurrences(
      of: #""text": ""#, with: #""text": "<script>alert(\"x\")</script></textarea> "#
    ).write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["export", "--ledger", ledger.path])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;/textarea&gt; "))
    #expect(!result.stdout.contains("<script>alert"))
  }

  @Test(
    "claimreview: one review per final verdict, valid by the bundled schema, notes for defaults")
  func claimReview() throws {
    let scratch = try TemporaryFolder()
    let ledger = try scratch.copyOfShippedLedger().path
    let empty = try CLIRunner.run(["export", "--ledger", ledger, "--format", "claimreview"])
    #expect(empty.status == 0)
    #expect(empty.stderr.contains("note: no claim has a final review"))
    #expect(empty.stdout.contains("\"@graph\": []"))
    // A final verdict on page text that is no claim is said to be left out, not missed.
    _ = try CLIRunner.run(["mark", "--ledger", ledger, "headline", "verified", "--by", "Desk"])
    let pageText = try CLIRunner.run(["export", "--ledger", ledger, "--format", "claimreview"])
    #expect(
      pageText.stderr.contains(
        "note: 1 record has a final review but no ClaimReview: page text that is no claim (headline, byline, ...) or a draft (headline)"
      ), "\(pageText.stderr)")
    #expect(pageText.stdout.contains("\"@graph\": []"))
    for (id, status) in [
      ("kochkin-joint-design-work", "verified"), ("vostok-2018-tsugol", "disputed"),
    ] {
      let mark = try CLIRunner.run([
        "mark", "--ledger", ledger, id, status, "--by", "Standards desk",
      ])
      #expect(mark.status == 0)
    }
    let out = scratch.url.appendingPathComponent("reviews.jsonld").path
    let result = try CLIRunner.run(
      ["export", "--ledger", ledger, "--format", "claimreview", "-o", out])
    #expect(result.status == 0)
    #expect(result.stderr.contains("note: factledger.json has no 'reviewURLTemplate'"))
    #expect(result.stderr.contains("note: factledger.json has no 'publisher'"))
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(text.components(separatedBy: "\"@type\": \"ClaimReview\"").count - 1 == 2)
    #expect(text.contains("\"url\": \"\(article).html#claim-kochkin-joint-design-work\""))
    #expect(text.contains("\"alternateName\": \"False\""))
    let validation = try CLIRunner.run(["validate", "--as", "claimreview-output", out])
    #expect(validation.status == 0)
  }

  @Test("--help names both formats and gives examples")
  func help() throws {
    let result = try CLIRunner.run(["export", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("EXAMPLES:"))
    #expect(result.stdout.contains("factledger export --format claimreview -o claimreview.jsonld"))
  }
}
