import Foundation

/// `factledger-bench --extract`: whole `factledger extract --stdout` commands on articles made
/// of the shipped article's text, written out again and again, so the growth of the time with
/// the article's length shows: doubling the article should about double the time. Each size
/// is drafted twice: in the article's paragraphs, and as one paragraph of the same sentences
/// (the drafter looks at a sentence's paragraph).
enum ExtractBench {
  /// Runs at each of `copies` (how many times the shipped text is written out), `repeats`
  /// times each (the median is shown), with `binary`, or `factledger` beside the bench.
  static func run(copies: [Int], repeats: Int, ledger: String, binary: String? = nil) {
    let binary =
      binary
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("factledger").path
    let articles = ledger + "/articles"
    guard FileManager.default.isExecutableFile(atPath: binary),
      let article = try? FileManager.default.contentsOfDirectory(atPath: articles).sorted().first,
      let text = try? String(contentsOfFile: "\(articles)/\(article)/article.txt", encoding: .utf8)
    else {
      fail("run from the repository's root after 'swift build -c release' (needs \(binary))")
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "factledger-bench-extract-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let root = scratch + "/Ledger"
    do {
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: ledger, toPath: root)
    } catch {
      fail("cannot copy the ledger: \(error.localizedDescription)")
    }
    print(
      "factledger-bench --extract: the shipped article written out N times, median of \(repeats)")
    print("copies  KB of text  paragraphs: s   ms/KB  growth   one paragraph: s   ms/KB  growth")
    var previous: (copies: Int, paragraphs: Double, line: Double)?
    for count in copies {
      let paragraphs = Array(repeating: text, count: count).joined(separator: "\n\n")
      let line = paragraphs.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
      var seconds: [Double] = []
      for (form, body) in [("p", paragraphs), ("l", line)] {
        let article = Article(id: "bench-\(count)-\(form)", text: body)
        seconds.append(
          article.extractSeconds(repeats, root: root, scratch: scratch, binary: binary))
      }
      let kilobytes = Double(paragraphs.utf8.count) / 1000
      func growth(_ now: Double, _ before: Double?) -> String {
        guard let before, let previous else { return "     " }
        return String(format: "%5.2fx", (now / before) / (Double(count) / Double(previous.copies)))
      }
      print(
        String(
          format: "%-7d %10.0f  %13.2f %7.2f  %@  %16.2f %7.2f  %@", count, kilobytes, seconds[0],
          seconds[0] * 1000 / kilobytes, growth(seconds[0], previous?.paragraphs), seconds[1],
          seconds[1] * 1000 / kilobytes, growth(seconds[1], previous?.line)))
      previous = (count, seconds[0], seconds[1])
    }
    print("growth: the time's growth over the text's, from the size before (1.00x is linear)")
    print("")
    synthetic(copies: copies, repeats: repeats, root: root, scratch: scratch, binary: binary)
  }

  /// Made-up texts of the shapes that once made drafting quadratic, each at 100 sentences (or
  /// clauses) per copy: one full name said again and again, quotations with no speaker,
  /// agencies cited through outlets, and one sentence of many cues.
  private static func synthetic(
    copies: [Int], repeats: Int, root: String, scratch: String, binary: String
  ) {
    let shapes: [(name: String, sentence: (Int) -> String, separator: String)] = [
      ("one full name", { "Vladimir Putin said the drills began on day \($0)." }, " "),
      ("quotations, no speaker", { "\u{201C}The drills are number \($0) of many.\u{201D}" }, " "),
      (
        "cited through outlets",
        { "The ships sailed on day \($0), according to TASS, as Newsweek reported." }, " "
      ),
      ("one sentence of cues", { "officials said the ships sailed on day \($0)" }, ", "),
    ]
    print("made-up paragraphs, 100 sentences a copy: seconds (growth)")
    print(
      "copies  "
        + shapes.map { $0.name.padding(toLength: 26, withPad: " ", startingAt: 0) }.joined())
    var previous: (copies: Int, seconds: [Double])?
    for count in copies {
      var seconds: [Double] = []
      for (index, shape) in shapes.enumerated() {
        let body = (0..<count * 100).map(shape.sentence).joined(separator: shape.separator) + ".\n"
        let article = Article(id: "made-up-\(index)-\(count)", text: body)
        seconds.append(
          article.extractSeconds(repeats, root: root, scratch: scratch, binary: binary))
      }
      let cells = seconds.enumerated().map { index, time in
        let growth =
          previous.map {
            String(
              format: " (%.2fx)", (time / $0.seconds[index]) / (Double(count) / Double($0.copies)))
          } ?? ""
        return (String(format: "%.2f s", time) + growth).padding(
          toLength: 26, withPad: " ", startingAt: 0)
      }
      print(String(count).padding(toLength: 8, withPad: " ", startingAt: 0) + cells.joined())
      previous = (count, seconds)
    }
  }

  /// An article to add to the bench's ledger and draft.
  private struct Article {
    var id: String
    var text: String

    /// Adds the article to the ledger at `root` and gives the median seconds of `repeats`
    /// whole `extract --stdout` commands on it.
    func extractSeconds(_ repeats: Int, root: String, scratch: String, binary: String) -> Double {
      let file = scratch + "/\(id).txt"
      guard (try? text.write(toFile: file, atomically: true, encoding: .utf8)) != nil,
        CheckBench.measure([
          binary, "add", file, "--ledger", root, "--article", id, "--title", id,
          "--published", "2020-01-01",
        ]) != nil
      else { fail("could not add the article '\(id)'") }
      let runs = (0..<repeats).compactMap { _ in
        CheckBench.measure([binary, "extract", "--ledger", root, "--article", id, "--stdout"])
      }
      guard runs.count == repeats else { fail("extract failed on '\(id)'") }
      return runs.map(\.seconds).sorted()[repeats / 2]
    }
  }
}
