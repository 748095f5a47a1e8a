import Foundation
import TestSupport
import Testing

/// `factledger add`: a new article's text and metadata, and `--update` of a corrected text.
@Suite("factledger add (the binary)")
struct AddCommandTests {
  static let sourcedLedger = CLIRunner.root.appendingPathComponent(
    "Tests/Fixtures/lint/sourced-ledger"
  ).path
  static let wire = "articles/wire-2020-01-02"
  static let newArticle = [
    "--article", "navy-2020-01-03", "--title", "Navy", "--published", "2020-01-03",
  ]

  /// A scratch folder holding a copy of the small sourced ledger as `Ledger`.
  private func scratch() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try FileManager.default.copyItem(
      atPath: Self.sourcedLedger, toPath: folder.url.appendingPathComponent("Ledger").path)
    return folder
  }

  private func read(_ folder: TemporaryFolder, _ path: String) throws -> String {
    try String(contentsOf: folder.url.appendingPathComponent(path), encoding: .utf8)
  }

  /// Every file of the ledger and its bytes, to show that nothing was written (the writers'
  /// lock file aside, which any writer may create).
  private func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
    let ledger = folder.url.appendingPathComponent("Ledger")
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: ledger.path)
    while let name = walker?.nextObject() as? String {
      guard name != ".factledger.lock" else { continue }
      let url = ledger.appendingPathComponent(name)
      files[name] = (try? Data(contentsOf: url)) ?? Data()
    }
    return files
  }

  @Test(
    "a .txt file becomes article.txt in the ledger's layout and an article.json with its SHA-256")
  func addText() throws {
    let folder = try scratch()
    try folder.write("Navy Drill\r\n\r\nThe navy   held a drill.  \nIt ended.", to: "story.txt")
    let result = try CLIRunner.run(
      ["add", "story.txt", "--author", "Staff Writer", "--url", "https://example.com/navy"]
        + Self.newArticle, in: folder.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let text = try read(folder, "Ledger/articles/navy-2020-01-03/article.txt")
    #expect(text == "Navy Drill\n\nThe navy held a drill.\nIt ended.\n")
    let metadata = try read(folder, "Ledger/articles/navy-2020-01-03/article.json")
    #expect(
      metadata.hasPrefix(
        """
        {
          "id": "navy-2020-01-03",
          "title": "Navy",
          "author": "Staff Writer",
          "published": "2020-01-03",
          "url": "https://example.com/navy",
          "language": "en",
          "textFile": "article.txt",
          "sha256": "
        """))
    #expect(metadata.hasSuffix("\"\n}\n"))
    #expect(
      result.stdout.contains(
        "Ledger/articles/navy-2020-01-03/article.txt (45 characters, 2 paragraphs)"))
    #expect(result.stdout.contains("next: factledger lint"))
    // The ledger loads, validates, and lint lists the new text as uncovered.
    #expect(try CLIRunner.run(["validate"], in: folder.url).status == 0)
    let lint = try CLIRunner.run(["lint"], in: folder.url)
    #expect(lint.status == 1)
    #expect(lint.stderr.isEmpty)
    #expect(
      lint.stdout.contains(
        "Ledger/articles/navy-2020-01-03/article.txt:1:1: error: no record covers 'Navy Drill"))
    #expect(!lint.stdout.contains("ledger-layout"))
  }

  @Test("an .html file is turned into text: furniture kept, scripts dropped, references decoded")
  func addHTML() throws {
    let folder = try scratch()
    try folder.write(
      """
      <html><head><title>T</title><script>track()</script></head><body>
      <nav>Home | World</nav><h1>Navy&nbsp;Drill</h1><p>The navy&#8217;s drill &mdash; held.</p>
      <footer>&copy; Example</footer></body></html>
      """, to: "page.html")
    let result = try CLIRunner.run(["add", "page.html"] + Self.newArticle, in: folder.url)
    #expect(result.status == 0)
    #expect(result.stdout.contains("(from HTML, "))
    #expect(
      try read(folder, "Ledger/articles/navy-2020-01-03/article.txt")
        == "Home | World\n\nNavy\u{A0}Drill\n\nThe navy’s drill — held.\n\n© Example\n")
  }

  @Test("'-' reads standard input")
  func standardInput() throws {
    let folder = try scratch()
    let result = try CLIRunner.run(
      ["add", "-"] + Self.newArticle, in: folder.url, input: Data("From a pipe.\n".utf8))
    #expect(result.status == 0)
    #expect(try read(folder, "Ledger/articles/navy-2020-01-03/article.txt") == "From a pipe.\n")
  }

  @Test("an existing article id is refused with exit 2, and nothing is written")
  func existingRefused() throws {
    let folder = try scratch()
    try folder.write("Other words.\n", to: "story.txt")
    let before = try snapshot(folder)
    let result = try CLIRunner.run(
      [
        "add", "story.txt", "--article", "wire-2020-01-02", "--title", "T", "--published",
        "2020-01-02",
      ],
      in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: article 'wire-2020-01-02' already exists"))
    #expect(try snapshot(folder) == before)
  }

  @Test(
    "bad input gets one clear error, exit 2, and nothing is written",
    arguments: [
      (
        "empty.txt", Data(), [String](),
        "empty.txt:1:1: error: the file has no words to add as an article: it is empty"
      ),
      (
        "marks.txt", Data("!!!???\n".utf8), [String](),
        "marks.txt:1:1: error: the file has no words to add as an article: it is empty, or white space and punctuation only"
      ),
      (
        "binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]), [],
        "binary.txt:1:5: error: the file holds the control character U+0000"
      ),
      (
        "latin1.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x0A]), [],
        "latin1.txt:1:4: error: the file is not UTF-8 text: byte 0xE9"
      ),
      (
        "blank.html",
        Data("<html><head><title>T</title></head><body><script>x()</script></body></html>".utf8),
        [], "blank.html:1:1: error: the HTML page has no body text"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--article", "Bad_ID"],
        "error: article id 'Bad_ID' is not a lowercase slug"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--article", "../escape"],
        "error: article id '../escape' is not a lowercase slug"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--published", "2020-02-30"],
        "error: '2020-02-30' is not a date YYYY-MM-DD"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--published", "yesterday"],
        "error: 'yesterday' is not a date YYYY-MM-DD"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--url", "not a url"],
        "error: the article's metadata breaks Schemas/article.schema.json: /url: \"not a url\" is not a valid uri"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--language", "not a tag!!"],
        "error: '--language' takes a BCP 47 language tag such as en, pt-BR or zh-Hant-TW, not 'not a tag!!'"
      ),
      (
        "ok.txt", Data("Words.".utf8), ["--", "extra.txt"], "error: unexpected argument 'extra.txt'"
      ),
    ])
  func badInput(file: String, bytes: Data, options: [String], message: String) throws {
    let folder = try scratch()
    try bytes.write(to: folder.url.appendingPathComponent(file))
    let before = try snapshot(folder)
    let result = try CLIRunner.run(["add", file] + Self.newArticle + options, in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stdout.isEmpty)
    #expect(try snapshot(folder) == before)
  }

  @Test("--update re-finds every anchor and cue in a corrected text; lint then finds no drift")
  func updateMovesAnchors() throws {
    let folder = try scratch()
    let claim = "Ledger/\(Self.wire)/claims/joint-drill-december.json"
    let before = try read(folder, claim)
    let old = try read(folder, "Ledger/\(Self.wire)/article.txt")
    try folder.write("UPDATED: a correction was made.\n\n" + old, to: "corrected.txt")
    let result = try CLIRunner.run(
      ["add", "corrected.txt", "--article", "wire-2020-01-02", "--update"], in: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("re-anchored 3 records: 3 moved, 0 in place"))
    #expect(result.stdout.contains("joint-drill-december: 25 -> 58"))
    let after = try read(folder, claim)
    // Only the anchor's prefix and offsets and the cue's offsets change; every other line stays.
    let changed = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter {
      $0 != $1
    }
    #expect(
      changed.map { $0.1.trimmingCharacters(in: .whitespaces) } == [
        "\"prefix\": \"made.\\n\\nNavies Hold Joint Drill\\n\\n\",",
        "\"start\": 58,", "\"end\": 163", "\"start\": 145,", "\"end\": 157",
      ])
    #expect(before.split(separator: "\n").count == after.split(separator: "\n").count)
    let lint = try CLIRunner.run(["lint"], in: folder.url)
    #expect(!lint.stdout.contains("anchor-drift"))
    #expect(!lint.stdout.contains("article-changed"))
    #expect(lint.stdout.contains("no record covers 'UPDATED: a correction was made.'"))
  }

  @Test(
    "--update refuses a text that lost a record's words: each is reported, exit 1, nothing written")
  func updateWordsGone() throws {
    let folder = try scratch()
    try folder.write("Navies Hold Joint Drill\n\nThe drill was cancelled.\n", to: "corrected.txt")
    let before = try snapshot(folder)
    let result = try CLIRunner.run(
      ["add", "corrected.txt", "--article", "wire-2020-01-02", "--update"], in: folder.url)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Ledger/\(Self.wire)/claims/joint-drill-december.json:7:14: error: the words of 'joint-drill-december' are not in the new text"
      ))
    #expect(
      result.stderr.contains("drill-a-success.json:7:14: error: the words of 'drill-a-success'"))
    #expect(result.stderr.contains("error: 2 records lost their words in the new text"))
    #expect(try snapshot(folder) == before)
  }

  @Test(
    "--update with the shipped article's own text re-anchors all 49 records; lint output is unchanged"
  )
  func recaptureShippedArticle() throws {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    let article = "Ledger/articles/crespo-2020-05-27"
    try folder.write(try read(folder, "\(article)/article.txt"), to: "recaptured.txt")
    let result = try CLIRunner.run(
      ["add", "recaptured.txt", "--article", "crespo-2020-05-27", "--update"], in: folder.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("re-anchored 49 records: 4 moved, 45 in place"))
    // Only the blank lines were made one and a final line break added.
    #expect(try read(folder, "\(article)/article.txt").unicodeScalars.count == 5007)
    let lint = try CLIRunner.run(["lint"], in: folder.url)
    let golden = try String(
      contentsOf: CLIRunner.root.appendingPathComponent(
        "Tests/factledgerCLITests/Snapshots/lint-shipped-ledger.txt"), encoding: .utf8)
    #expect(lint.stdout == golden)
  }

  @Test("a file that is not there is named in the error, exit 2")
  func missingFile() throws {
    let folder = try scratch()
    let result = try CLIRunner.run(["add", "nope.txt"] + Self.newArticle, in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr == "error: cannot read 'nope.txt': missing file\n")
  }

  @Test("--update of an article the ledger does not have is refused")
  func updateUnknown() throws {
    let folder = try scratch()
    try folder.write("Words.\n", to: "story.txt")
    let result = try CLIRunner.run(
      ["add", "story.txt", "--article", "nowhere", "--update"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: unknown article 'nowhere'"))
  }

  @Test("add then list --all works on a copy of the shipped ledger")
  func shippedLedger() throws {
    let folder = try TemporaryFolder()
    try folder.copyOfShippedLedger()
    try folder.write("A second article.\n", to: "second.txt")
    let add = try CLIRunner.run(["add", "second.txt"] + Self.newArticle, in: folder.url)
    #expect(add.status == 0)
    let list = try CLIRunner.run(["list", "--all", "--format", "json"], in: folder.url)
    #expect(list.status == 0)
    #expect(list.stderr.isEmpty)
    #expect(list.stdout.contains("kochkin-joint-design-work"))
  }

  @Test("--help shows the overview, usage, options and examples")
  func help() throws {
    let result = try CLIRunner.run(["add", "--help"])
    #expect(result.status == 0)
    for section in ["OVERVIEW:", "USAGE: factledger add", "OPTIONS:", "EXAMPLES:", "--update"] {
      #expect(result.stdout.contains(section))
    }
  }
}
