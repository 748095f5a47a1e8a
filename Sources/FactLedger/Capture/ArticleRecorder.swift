import Foundation

/// Puts an article's text and metadata in the ledger (`add`), or a corrected text in place of
/// the old one with every record re-anchored (`add --update`): under the ledger's writer lock,
/// all or nothing (`LedgerTransaction`).
public struct ArticleRecorder: Sendable {
  /// The ledger's folder.
  public var root: String
  /// How long to wait for another writer's lock, in seconds.
  public var lockTimeout: Double
  /// Whether symbolic links may lead outside the ledger (`--follow-links`).
  public var followsLinks: Bool

  /// Creates a recorder for the ledger at `root`.
  public init(root: String, lockTimeout: Double = 10, followsLinks: Bool = false) {
    self.root = root
    self.lockTimeout = lockTimeout
    self.followsLinks = followsLinks
  }

  /// The metadata given for the article; on an update, what is `nil` keeps its old value.
  public struct Metadata: Sendable, Equatable {
    /// The headline; required by `add`.
    public var title: String?
    /// The byline's author.
    public var author: String?
    /// Who published it.
    public var publisher: String?
    /// The publication date; required by `add`.
    public var published: CalendarDate?
    /// Where the text was captured.
    public var url: String?
    /// The BCP 47 tag; `add` takes "en" when none is given.
    public var language: String?

    /// Creates metadata.
    public init(
      title: String? = nil, author: String? = nil, publisher: String? = nil,
      published: CalendarDate? = nil, url: String? = nil, language: String? = nil
    ) {
      self.title = title
      self.author = author
      self.publisher = publisher
      self.published = published
      self.url = url
      self.language = language
    }
  }

  /// A record whose anchor or cue was found again at other offsets.
  public struct Reanchored: Sendable, Equatable {
    /// The record's id.
    public var claimID: String
    /// Its file.
    public var path: String
    /// The anchor's start in the old text.
    public var from: Int
    /// The anchor's start in the new text.
    public var to: Int
  }

  /// What `add` or `update` wrote.
  public struct Outcome: Sendable, Equatable {
    /// The article's metadata as written.
    public var article: Article
    /// The path of the text file.
    public var textPath: String
    /// The path of `article.json`.
    public var metadataPath: String
    /// On an update, every record of the article, with its new offsets.
    public var reanchored: [Reanchored]
    /// What an interrupted earlier write had left, and how it was settled first.
    public var recovery: WriteRecovery
  }

  /// The article's folder.
  public func folder(of id: String) -> String { joinPath(joinPath(root, "articles"), id) }

  /// Creates `articles/<id>/` with the captured text and its `article.json`.
  ///
  /// - Throws: `ArticleRecordError`; nothing is written then (the folder made for it is
  ///   removed again).
  public func add(
    _ capture: ArticleCapture, id: String, metadata: Metadata, limits: InputLimits = .default
  ) throws(ArticleRecordError) -> Outcome {
    guard Slug.isValid(id) else { throw .invalidID(id) }
    guard let title = metadata.title else { throw .missingMetadata("--title") }
    guard let published = metadata.published else { throw .missingMetadata("--published") }
    let files = LedgerFiles(root: root, followsLinks: followsLinks, limits: limits)
    let folder = folder(of: id)
    if files.exists(folder) { throw .articleExists(id: id, path: folder) }
    let session = try writeSession(files)
    defer { withExtendedLifetime(session) {} }
    let article = Article(
      id: id, title: title, author: metadata.author, publisher: metadata.publisher,
      published: published, url: metadata.url, language: metadata.language ?? "en",
      textFile: "article.txt", sha256: capture.sha256)
    try Self.validate(article)
    let articles = joinPath(root, "articles")
    let claims = joinPath(folder, "claims")
    let textPath = joinPath(folder, article.textFile)
    let metadataPath = joinPath(folder, "article.json")
    // The folders are made by the transaction, so a write killed part-way leaves none behind.
    let folders = (files.exists(articles) ? [] : [articles]) + [folder, claims]
    do {
      // An empty `claims/` is part of the layout; git keeps no empty folder.
      try session.transaction.commit(
        [
          LedgerTransaction.Change(path: textPath, text: capture.text, isNew: true),
          LedgerTransaction.Change(
            path: metadataPath, text: JSONWriter().string(for: article.json), isNew: true),
          LedgerTransaction.Change(path: joinPath(claims, ".gitkeep"), text: "", isNew: true),
        ], creatingFolders: folders)
    } catch {
      throw .write(error)
    }
    return Outcome(
      article: article, textPath: textPath, metadataPath: metadataPath, reanchored: [],
      recovery: session.recovery)
  }

  // MARK: - Helpers shared with the update

  /// Refuses metadata that would make the ledger fail to load: what the schema says
  /// (`--url` must be a URI), checked before anything is written.
  static func validate(_ article: Article) throws(ArticleRecordError) {
    let violations = LedgerSchemas.shared.validate(article.json, as: .article)
    guard violations.isEmpty else { throw .invalidMetadata(violations.map(\.description)) }
  }

  /// The ledger's writer lock, taken, with any interrupted write settled.
  func writeSession(_ files: LedgerFiles) throws(ArticleRecordError) -> WriteSession {
    do {
      return try WriteSession(files: files, timeout: lockTimeout)
    } catch {
      throw .write(error)
    }
  }
}
