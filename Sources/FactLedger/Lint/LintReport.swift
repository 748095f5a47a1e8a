/// The result of `factledger lint`.
public struct LintReport: Sendable, Equatable {
  /// The findings, in file order, each at the severity the policy gives its rule.
  public var findings: [Finding]
  /// Problems that make the ledger unreadable (JSON syntax, missing files): exit 2.
  public var inputErrors: [Finding]
  /// What the loader warned of (a file that is no claim file, a character `add` refuses in an
  /// article's text): shown, never failing the run.
  public var loadWarnings: [Finding] = []
  /// How many records were linted.
  public var recordCount: Int
  /// One hash over every review (`verify --head`), to pin the ledger's state in a log.
  public var headHash: String?
  /// The input limits of the ledger's policy, for a writer that fixes what was found.
  public var limits: InputLimits = .default
  /// The records linted, in file order: the test cases of a JUnit report. Put in order when
  /// read, as only that writer reads them (3% of a lint's work at 10,000 claims).
  public var records: [LintedRecord] {
    get { linted.inFileOrder }
    set { linted = .ordered(newValue) }
  }
  /// The records linted, in order or as the articles that hold them.
  var linted = LintedRecords.ordered([])
  /// Whether a baseline was applied (`lint --baseline`).
  public var usesBaseline = false
  /// The findings a baseline let off: reported by count, never failing the run.
  public var baselined: [Finding] = []
  /// The baseline's entries that no finding matched any more: they can be dropped.
  public var staleBaseline: [LintBaseline.Entry] = []

  /// Findings that are not waived.
  public var active: [Finding] { findings.filter { $0.waiver == nil } }
  /// Findings let off by a waiver.
  public var waived: [Finding] { findings.filter { $0.waiver != nil } }

  /// How many findings are errors and warnings not waived, and how many are waived: one pass,
  /// each finding read where it stands (not a filtered copy of the findings per count).
  public var counts: (errors: Int, warnings: Int, waived: Int) {
    var (errors, warnings, waived) = (0, 0, 0)
    for index in findings.indices {
      if findings[index].waiver != nil {
        waived += 1
      } else if findings[index].severity == .error {
        errors += 1
      } else if findings[index].severity == .warning {
        warnings += 1
      }
    }
    return (errors, warnings, waived)
  }

  /// "2 errors, 1 warning, 3 waived in 49 records.", and how many files stopped the run ("; 1
  /// file could not be used, so the run failed": unreadable, or breaking its schema).
  public var summary: String {
    let (errors, warnings, waived) = counts
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    let baseline = usesBaseline ? ", \(baselined.count) baselined" : ""
    let unread =
      inputErrors.isEmpty
      ? ""
      : "; \(plural(Set(inputErrors.map(\.path)).count, "file")) could not be used, so the run failed"
    return
      "\(plural(errors, "error")), \(plural(warnings, "warning")), \(waived) waived\(baseline) in \(plural(recordCount, "record"))\(unread)."
  }
}

/// The records of a lint report: given in file order, or the articles linted, whose records
/// are put in file order when read.
enum LintedRecords: Sendable, Equatable {
  case ordered([LintedRecord])
  case of([LoadedArticle])

  /// The records in file order.
  var inFileOrder: [LintedRecord] {
    switch self {
    case .ordered(let records): records
    case .of(let articles): LintedRecord.inFileOrder(articles)
    }
  }

  static func == (lhs: LintedRecords, rhs: LintedRecords) -> Bool {
    lhs.inFileOrder == rhs.inFileOrder
  }
}

/// A record that was linted: its id and the file it is in.
public struct LintedRecord: Sendable, Equatable {
  /// The record's id.
  public var id: String
  /// Its claim file, as a path from where the ledger was named.
  public var path: String

  /// Creates the entry of a record.
  public init(id: String, path: String) {
    self.id = id
    self.path = path
  }
}

extension LintedRecord {
  /// The records of `articles` in file order: by path, then id.
  ///
  /// The records of one article share the path of its `claims/` folder, and no folder's path
  /// starts another's, so each article's records are sorted on their own, on all cores, and the
  /// articles put in the order of their first records. Should two neighbours still be out of
  /// order (records not in their article's folder), everything is sorted together.
  static func inFileOrder(_ articles: [LoadedArticle]) -> [LintedRecord] {
    inFileOrder(
      articleRecords: articles.parallelMap { article in
        article.claims.map { LintedRecord(id: $0.id, path: $0.path) }
      })
  }

  /// The records in file order, given article by article.
  static func inFileOrder(articleRecords: [[LintedRecord]]) -> [LintedRecord] {
    let parts = articleRecords.parallelMap(sortedInOrder)
      .filter { !$0.isEmpty }
      .sorted { inOrder($0[0], $1[0]) }
    var records: [LintedRecord] = []
    records.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts {
      if let last = records.last, inOrder(part[0], last) {
        return parts.joined().sorted(by: inOrder)
      }
      records += part
    }
    return records
  }

  /// `records` sorted by `inOrder`: on their bytes when all are ASCII (`ASCIISortKey`).
  private static func sortedInOrder(_ records: [LintedRecord]) -> [LintedRecord] {
    records.sorted(byASCIIKeys: { ASCIISortKey($0.path, $0.id) }) ?? records.sorted(by: inOrder)
  }

  /// Whether `a` comes before `b` in file order.
  private static func inOrder(_ a: LintedRecord, _ b: LintedRecord) -> Bool {
    (a.path, a.id) < (b.path, b.id)
  }
}
