#if !FACTLEDGER_FUZZ
  import TestSupport
  @testable import FactLedger
#endif

/// Every writer on records built from the input's strings: `list` (table, json, csv,
/// markdown), `check` (text, json, markdown) and `lint` (text, github, sarif, junit, json).
///
/// The input is split at NUL bytes into strings (invalid UTF-8 replaced), which fill every
/// text field of a claim, an evidence item bearing on it, a lint finding and an input error;
/// bytes of the input pick the kinds, statuses and numbers. Ids are made slugs, as the loader
/// would have refused anything else. No writer may crash, and each
/// JSON output must parse with the project's parser and pass its own output schema.
enum WritersFuzzHarness {
  static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
    let parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    let text = { (index: Int) in parts[index % parts.count] }
    let pick = { (index: Int) in bytes.isEmpty ? 0 : Int(bytes[index % bytes.count]) }
    let ledger = self.ledger(text: text, pick: pick)
    let claim = ledger.claims[0].claim

    let listing = ClaimListing(ledger, filter: ClaimFilter())
    for format in ListingFormat.allCases {
      let output = format.writer(width: pick(1)).write(listing)
      if format == .json { try checkJSON(output, as: .listOutput, "list --format json") }
    }

    let item = EvidenceItem(
      id: slug(text(30)), claims: [claim.id], stance: pick(2) % 3 == 0 ? nil : .refutes,
      source: .init(publisher: text(31), url: text(32), published: text(33), title: text(34)),
      excerpt: text(35),
      facts: .init(
        durationDays: pick(3), participants: [text(36)], location: [text(37)],
        count: Quantity(amount: JSONNumber(pick(4)), unit: text(18)), quote: text(38),
        speaker: text(39), role: text(40), venue: text(41), event: text(42),
        organization: text(43), outlet: text(44)),
      note: text(45), path: text(46), location: SourceLocation(line: 1, column: 1))
    let report = ClaimChecker(ledger: ledger).check([item], evidenceFiles: [text(46)])
    for format in CheckFormat.allCases {
      let output = format.writer.write(report)
      if format == .json { try checkJSON(output, as: .checkOutput, "check --format json") }
    }

    var finding = Finding(
      pick(6) % 2 == 0 ? .error : .warning, path: text(29),
      at: SourceLocation(line: 1 + pick(7), column: 1 + pick(8)), text(47), rule: rule(pick(5)),
      recordID: claim.id, fix: .moveAnchor(to: claim.anchor))
    finding.waiver = pick(9) % 2 == 0 ? nil : claim.waivers.first
    let lint = LintReport(
      findings: [finding],
      inputErrors: [
        Finding(
          .error, path: text(48), at: SourceLocation(line: 1 + pick(10), column: 1), text(49),
          rule: RuleID(rawValue: text(50)), recordID: claim.id)
      ],
      recordCount: pick(11), headHash: pick(12) % 2 == 0 ? nil : SHA256.hexDigest(of: text(51).utf8)
    )
    for format in LintFormat.allCases {
      let output = format.writer.write(lint)
      if format == .json { try checkJSON(output, as: .lintOutput, "lint --format json") }
    }
  }

  /// A ledger of one article holding one claim whose every string comes from `text`.
  private static func ledger(text: (Int) -> String, pick: (Int) -> Int) -> Ledger {
    let claim = Claim(
      id: slug(text(0)), article: "a1",
      kind: ClaimKind.allCases[pick(0) % ClaimKind.allCases.count],
      text: text(1),
      anchor: Anchor(
        exact: text(2), prefix: text(3), suffix: text(4), start: 0,
        end: text(2).unicodeScalars.count),
      attribution: Attribution(
        kind: Attribution.Kind.allCases[pick(13) % 3],
        speaker: Speaker(
          name: text(5), role: text(6), organization: text(7),
          description: pick(14) % 2 == 0 ? nil : text(8)),
        isVague: pick(15) % 2 == 0, outlet: slug(text(9)), via: [slug(text(10)), slug(text(11))],
        cue: TextSpan(exact: text(12), start: 0, end: 1), carriedBy: slug(text(13))),
      assertions: [
        Assertion(field: .quote, text: text(14), value: .text(text(14))),
        Assertion(field: .participants, value: .set([text(15), text(16)])),
        Assertion(
          field: .count,
          value: .quantity(Quantity(amount: JSONNumber(literal: text(17)) ?? 4, unit: text(18)))),
        Assertion(field: .speaker, value: .text(text(5))),
      ],
      note: text(19),
      waivers: [
        Waiver(rule: rule(pick(20)).rawValue, reason: nonEmpty(text(21)), by: nonEmpty(text(22)))
      ],
      reviews: [
        Review(
          status: Review.Status.allCases[pick(16) % 3], time: text(23), reviewer: text(24),
          evidence: [slug(text(25))], note: text(26), reason: text(27), previousHash: nil,
          hash: text(28))
      ])
    let article = Article(
      id: "a1", title: text(52), author: text(53), publisher: text(54),
      published: CalendarDate(year: 2020, month: 5, day: 27)!, url: text(55), language: "en",
      textFile: "article.txt", sha256: String(repeating: "0", count: 64))
    return Ledger(
      root: "Ledger", policy: .default,
      sources: SourceRegistry(sources: [
        Source(id: slug(text(9)), name: text(56), kind: .newsAgency)
      ]),
      gazetteer: Gazetteer(entries: [.init(name: text(15), aliases: [text(36)])]),
      articles: [
        LoadedArticle(
          article: article, path: "article.json", text: text(57), textPath: "article.txt",
          claims: [LoadedClaim(claim: claim, path: text(29), json: .null)])
      ],
      warnings: [])
  }

  /// A slug made of `text`: ids are slugs in every output schema, and the loader refuses others.
  private static func slug(_ text: String) -> String {
    let scalars = text.lowercased().unicodeScalars.map { scalar -> Character in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
    }
    let slug = String(scalars.drop(while: { $0 == "-" }).prefix(128))
    return slug.isEmpty ? "c" : slug
  }

  /// `text`, or `-` for an empty one: the schema wants a waiver's reason and giver.
  private static func nonEmpty(_ text: String) -> String { text.isEmpty ? "-" : text }

  /// A lint rule picked by `number`.
  private static func rule(_ number: Int) -> RuleID {
    LintRules.all[number % LintRules.all.count].id
  }

  /// Throws unless `output` parses and passes the schema of `kind`.
  private static func checkJSON(_ output: String, as kind: SchemaKind, _ what: String)
    throws(FuzzFailure)
  {
    let json: JSONValue
    do {
      json = try JSONParser().parse(output)
    } catch {
      throw FuzzFailure("\(what) is not JSON (\(error.message)): \(output.debugDescription)")
    }
    let violations = LedgerSchemas.shared.validate(json, as: kind)
    try fuzzRequire(
      violations.isEmpty,
      "\(what) breaks its schema (\(violations.map(\.description))): \(output.debugDescription)")
  }
}
