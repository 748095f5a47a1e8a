import Foundation

/// Drafts every record of an article (`extract`): one per sentence, each anchored, with its
/// kind, drafted attribution and assertions, marked as a draft.
///
/// With `merging`, an article that already has records gets records only for the text no
/// record covers yet: a sentence no anchor overlaps is drafted whole, and the uncovered words
/// of a sentence a record covers in part are drafted as they stand. Running it again then
/// drafts nothing.
public struct ArticleExtractor: Sendable {
  /// What `extract` drafted.
  public struct Result: Sendable, Equatable {
    /// The drafts, in text order.
    public var drafts: [ClaimDrafter.Draft]
    /// The records the article had before.
    public var existingRecords: Int
  }

  /// The ledger the records go in.
  public let ledger: Ledger

  /// An extractor for `ledger`.
  public init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// Drafts the records of the article `articleID`; writes nothing.
  ///
  /// - Parameters:
  ///   - articleID: The article's id.
  ///   - merging: Whether an article with records gets records for its uncovered text (else
  ///     it is refused).
  /// - Returns: The drafts, validated against the claim schema.
  /// - Throws: `ExtractError` for an unknown article, an article with records when not
  ///   merging, or a draft the schema refuses.
  public func extract(article articleID: String, merging: Bool = false) throws(ExtractError)
    -> Result
  {
    guard let loaded = ledger.articles.first(where: { $0.article.id == articleID }) else {
      throw .unknownArticle(articleID)
    }
    let claimsFolder = joinPath(parentFolder(of: loaded.path), "claims")
    let existing = ledger.claims.filter { $0.claim.article == articleID }
    if !existing.isEmpty, !merging {
      throw .hasRecords(article: articleID, count: existing.count, folder: claimsFolder)
    }
    let text = ArticleText(loaded.text)
    let units = ArticleUnits(
      text: text, article: loaded.article, sources: ledger.sources.sources)
    let covered = existing.map { $0.claim.anchor.start..<$0.claim.anchor.end }
    var ids = IDAllocator(
      taken: Set(ledger.claims.map(\.id)), folder: claimsFolder)
    var drafts: [ClaimDrafter.Draft] = []
    let assertions = ExtractAssertions(
      text: text, quotations: units.quotations,
      drafter: AssertionDrafter(
        text: text, published: loaded.article.published, gazetteer: ledger.gazetteer,
        outlets: ledger.sources.sources.flatMap { [$0.name] + $0.aliases }))
    let draft = {
      (
        id: String, span: Range<Int>, kind: ClaimKind, attribution: Attribution,
        assertions: [Assertion]
      ) throws(ExtractError) -> ClaimDrafter.Draft in
      let claim = RecordDraft.claim(
        article: articleID, id: id, span: span, in: text, kind: kind, attribution: attribution,
        assertions: assertions)
      do throws(ClaimDraftError) {
        try ClaimDrafter.validate(claim)
      } catch {
        guard case .invalidRecord(let violations) = error else {
          throw .invalidRecord(id: id, violations: [error.message])
        }
        throw .invalidRecord(id: id, violations: violations)
      }
      return ClaimDrafter.Draft(
        claim: claim, path: joinPath(claimsFolder, "\(id).json"), textPath: loaded.textPath,
        location: units.lines.location(of: span.lowerBound), wasFolded: false)
    }
    let words = { (span: Range<Int>) in text.text(from: span.lowerBound, to: span.upperBound) ?? ""
    }
    for unit in units.units(uncoveredBy: covered) {
      drafts.append(
        try draft(
          ids.allocate(ClaimDrafter.slug(of: words(unit.range))), unit.range, unit.kind,
          unit.attribution,
          assertions.of(unit.range, kind: unit.kind, attribution: unit.attribution)))
      // The credentials its sentence states ("Russian President Vladimir Putin"), each a
      // record inside the sentence's, as the hand-made ledger has them.
      guard unit.kind.isClaim else { continue }
      for credential in units.credentials(in: unit.range)
      where unit.range.contains(credential.span.start)
        && credential.span.end <= unit.range.upperBound
      {
        let span = credential.span.start..<credential.span.end
        let id = ids.allocate(
          ClaimDrafter.slug(of: (credential.speaker.name ?? words(span)) + " credential"))
        drafts.append(
          try draft(
            id, span, .credential, Attribution(kind: .none),
            ExtractAssertions.credential(credential.speaker)))
      }
    }
    return Result(drafts: drafts, existingRecords: existing.count)
  }
}

/// Hands out record ids: a slug, or the slug with `-2`, `-3`... when the ledger, the claims
/// folder or an earlier draft of the same run has it.
struct IDAllocator {
  private var taken: Set<String>
  /// For each base asked for, the suffix to try first: every one below it is taken (and
  /// stays taken), so that a thousand sentences with one slug do not count up from 2 each.
  private var nextSuffix: [String: Int] = [:]

  /// An allocator that avoids `taken` and the names of the files in `folder`.
  init(taken: Set<String>, folder: String) {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    self.taken = taken.union(
      files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
  }

  /// `base`, or the first free `base-N`; taken from then on.
  mutating func allocate(_ base: String) -> String {
    var candidate = base
    var suffix = nextSuffix[base] ?? 2
    if taken.contains(candidate) {
      repeat {
        candidate = "\(base)-\(suffix)"
        suffix += 1
      } while taken.contains(candidate)
    }
    nextSuffix[base] = suffix
    taken.insert(candidate)
    return candidate
  }
}
