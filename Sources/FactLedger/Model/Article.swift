/// An article under review: its metadata, from `articles/<id>/article.json`.
public struct Article: Sendable, Equatable {
  /// The article's id, also its folder name.
  public var id: String
  /// The headline.
  public var title: String
  /// The author, as the byline gives it.
  public var author: String?
  /// Who published it, when the captured page shows it.
  public var publisher: String?
  /// The publication date the page shows; relative dates in the text resolve against it.
  public var published: CalendarDate
  /// Where the text was captured from, when known.
  public var url: String?
  /// The BCP 47 language tag of the text ("en").
  public var language: String
  /// The text's file name, in the article's folder.
  public var textFile: String
  /// The SHA-256 of the text file's bytes, lowercase hex: a changed text is detected.
  public var sha256: String
  /// Lint findings on the article itself (`uncovered-sentence`, `article-changed`) it is let
  /// off, each with a reason and who waived it.
  public var waivers: [Waiver]

  /// Creates article metadata.
  public init(
    id: String, title: String, author: String?, publisher: String?, published: CalendarDate,
    url: String?, language: String, textFile: String, sha256: String, waivers: [Waiver] = []
  ) {
    self.id = id
    self.title = title
    self.author = author
    self.publisher = publisher
    self.published = published
    self.url = url
    self.language = language
    self.textFile = textFile
    self.sha256 = sha256
    self.waivers = waivers
  }
}

extension Article: JSONRecord {
  private static let keys: FieldKeys = [
    "id", "title", "author", "publisher", "published", "url", "language", "textFile", "sha256",
    "waivers",
  ]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "article", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let id = reader.string(
      "id", matching: Slug.expectation, problems: &problems, where: Slug.isValid)
    let title = reader.string("title", problems: &problems)
    let author = reader.string("author", isRequired: false, problems: &problems)
    let publisher = reader.string("publisher", isRequired: false, problems: &problems)
    let published = reader.string(
      "published", matching: "a date YYYY-MM-DD", problems: &problems,
      where: { CalendarDate(iso: $0) != nil })
    let url = reader.string("url", isRequired: false, problems: &problems)
    let language = reader.string("language", problems: &problems)
    let textFile = reader.string(
      "textFile",
      matching: "a file name in the article's folder, other than 'article.json' and 'claims'",
      problems: &problems,
      where: {
        !$0.isEmpty && !$0.contains("/") && !$0.hasPrefix(".") && $0 != "article.json"
          && $0 != "claims"
      })
    let sha256 = reader.string(
      "sha256", matching: "64 lowercase hex digits", problems: &problems,
      where: { $0.utf8.count == 64 && $0.allSatisfy(\.isHexDigit) && $0 == $0.lowercased() })
    let waivers = reader.waivers(in: .article, problems: &problems)
    guard let id, let title, let date = published.flatMap(CalendarDate.init(iso:)), let language,
      let textFile, let sha256
    else { return nil }
    self.init(
      id: id, title: title, author: author, publisher: publisher, published: date, url: url,
      language: language, textFile: textFile, sha256: sha256, waivers: waivers)
  }

  public var json: JSONValue {
    .object([
      "id": .string(id), "title": .string(title), "author": .optional(author),
      "publisher": .optional(publisher), "published": .string(published.description),
      "url": .optional(url), "language": .string(language), "textFile": .string(textFile),
      "sha256": .string(sha256),
      "waivers": waivers.isEmpty ? nil : .array(waivers.map(\.json)),
    ])
  }
}
