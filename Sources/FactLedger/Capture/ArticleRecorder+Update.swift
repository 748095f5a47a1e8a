extension ArticleRecorder {
  /// Replaces the text of an article the ledger has with a corrected capture, refreshes its
  /// SHA-256 (and any metadata given), and re-finds every record's anchor and cue in the new
  /// text by its words, prefix and suffix (`TextQuoteMatcher`).
  ///
  /// The text, `article.json` and every claim file whose offsets changed are written together,
  /// all or nothing; only the anchor's and cue's members change in a claim file.
  /// - Throws: `ArticleRecordError.wordsGone` naming every record whose anchor or cue words the
  ///   new text lacks (nothing is written: the text and its records stay in step), or another
  ///   `ArticleRecordError`.
  public func update(
    _ capture: ArticleCapture, id: String, metadata: Metadata, in ledger: Ledger
  ) throws(ArticleRecordError) -> Outcome {
    guard Slug.isValid(id) else { throw .invalidID(id) }
    guard let loaded = ledger.articles.first(where: { $0.article.id == id }) else {
      throw .unknownArticle(id: id)
    }
    var article = loaded.article
    article.title = metadata.title ?? article.title
    article.author = metadata.author ?? article.author
    article.publisher = metadata.publisher ?? article.publisher
    article.published = metadata.published ?? article.published
    article.url = metadata.url ?? article.url
    article.language = metadata.language ?? article.language
    article.sha256 = capture.sha256
    try Self.validate(article)
    let files = LedgerFiles(root: root, followsLinks: followsLinks, limits: ledger.policy.limits)
    let session = try writeSession(files)
    defer { withExtendedLifetime(session) {} }
    do {
      let matcher = TextQuoteMatcher(text: ArticleText(capture.text))
      var changes: [LedgerTransaction.Change] = []
      var gone: [Finding] = []
      var reanchored: [Reanchored] = []
      for record in loaded.claims {
        // Read afresh under the lock: another writer may have changed it since the load.
        let old = try ClaimFile.read(at: record.path, in: files)
        switch reanchor(old, with: matcher, positions: record.positions, path: record.path) {
        case .moved(let claim):
          reanchored.append(
            Reanchored(
              claimID: claim.id, path: record.path, from: old.anchor.start, to: claim.anchor.start))
          if claim != old {
            changes.append(
              LedgerTransaction.Change(
                path: record.path, text: JSONWriter().string(for: claim.json)))
          }
        case .gone(let finding):
          gone.append(finding)
        }
      }
      guard gone.isEmpty else { throw ArticleRecordError.wordsGone(gone) }
      changes.insert(
        contentsOf: [
          LedgerTransaction.Change(path: loaded.textPath, text: capture.text),
          LedgerTransaction.Change(path: loaded.path, text: JSONWriter().string(for: article.json)),
        ], at: 0)
      try session.transaction.commit(changes)
      return Outcome(
        article: article, textPath: loaded.textPath, metadataPath: loaded.path,
        reanchored: reanchored, recovery: session.recovery)
    } catch let error as ArticleRecordError {
      throw error
    } catch let error as LedgerWriteError {
      throw .write(error)
    } catch {
      throw .write(.cannotWrite(path: loaded.path, reason: "\(error)"))
    }
  }

  /// The record with its anchor and cue at their places in the new text, or a finding at
  /// the words that are gone.
  private func reanchor(
    _ claim: Claim, with matcher: TextQuoteMatcher, positions: ClaimPositions, path: String
  ) -> Reanchoring {
    guard let anchor = matcher.relocate(claim.anchor) else {
      return .gone(
        Finding(
          .error, path: path, at: positions.anchorExact,
          "the words of '\(claim.id)' are not in the new text: '\(Self.excerpt(claim.anchor.exact))'",
          rule: .anchorDrift, recordID: claim.id))
    }
    var moved = claim
    moved.anchor = anchor
    if let cue = claim.attribution.cue {
      let near = anchor.start.saturatingAdd(cue.start.saturatingSubtract(claim.anchor.start))
      guard let found = matcher.relocate(cue, within: anchor.start..<anchor.end, near: near) else {
        return .gone(
          Finding(
            .error, path: path, at: positions.cue,
            "the cue '\(cue.exact)' of '\(claim.id)' is not in the new text",
            rule: .anchorDrift, recordID: claim.id))
      }
      moved.attribution.cue = found
    }
    return .moved(moved)
  }

  /// The first 60 characters of `text`, with an ellipsis when cut.
  private static func excerpt(_ text: String) -> String {
    text.count <= 60 ? text : text.prefix(60) + "…"
  }
}

/// A record re-anchored in a new text, or the finding that says its words are gone.
private enum Reanchoring {
  case moved(Claim)
  case gone(Finding)
}
