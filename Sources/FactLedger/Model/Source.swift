/// An outlet, agency or institution that claims are attributed to, from `sources.json`.
public struct Source: Sendable, Equatable {
  /// What sort of body a source is.
  public enum Kind: String, Sendable, CaseIterable {
    /// A newspaper, magazine, broadcaster or news site.
    case outlet
    /// A news agency (TASS, Reuters, AFP).
    case newsAgency = "news-agency"
    /// A research centre, think tank or university.
    case institution
    /// A government body or its spokesperson.
    case government
    /// A company.
    case company
  }

  /// The id claims use for it.
  public var id: String
  /// Its name as people know it.
  public var name: String
  /// What sort of body it is.
  public var kind: Kind
  /// Its home page, when known.
  public var url: String?
  /// Other names and abbreviations ("TNI").
  public var aliases: [String]

  /// Creates a source.
  public init(id: String, name: String, kind: Kind, url: String? = nil, aliases: [String] = []) {
    self.id = id
    self.name = name
    self.kind = kind
    self.url = url
    self.aliases = aliases
  }
}

extension Source.Kind: RawNamedCases {
  static let names = CaseNames<Source.Kind>()
}

extension Source: JSONRecord {
  private static let keys: FieldKeys = ["id", "name", "type", "url", "aliases"]

  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "source", keys: Self.keys, problems: &problems) else {
      return nil
    }
    let id = reader.string(
      "id", matching: Slug.expectation, problems: &problems, where: Slug.isValid)
    let name = reader.string("name", problems: &problems)
    let kind: Kind? = reader.enumeration("type", problems: &problems)
    let url = reader.string("url", isRequired: false, problems: &problems)
    let aliases = reader.strings("aliases", problems: &problems)
    guard let id, let name, let kind else { return nil }
    self.init(id: id, name: name, kind: kind, url: url, aliases: aliases)
  }

  public var json: JSONValue {
    .object([
      "id": .string(id), "name": .string(name), "type": .string(kind.rawValue),
      "url": .optional(url),
      "aliases": aliases.isEmpty ? nil : .array(aliases.map(JSONValue.string)),
    ])
  }
}

/// The file `sources.json`: every source the ledger's claims may name.
public struct SourceRegistry: Sendable, Equatable {
  /// The sources, in file order.
  public var sources: [Source]

  /// Creates a registry.
  public init(sources: [Source]) {
    self.sources = sources
  }

  /// The source with `id`, if registered.
  public func source(withID id: String) -> Source? {
    sources.first(where: { $0.id == id })
  }
}

extension SourceRegistry: JSONRecord {
  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    guard let reader = FieldReader(json, as: "sources file", keys: ["sources"], problems: &problems)
    else { return nil }
    self.init(sources: reader.records("sources", isRequired: true, problems: &problems))
    problems += Self.sharedIDsAndNames(in: json)
  }

  /// An id that two sources have, or a name or alias that two sources answer to, compared as
  /// the drafter and the checker find them (case aside, runs of white space as one): the
  /// outlet an article or an evidence item names is then ambiguous, and one of them took the
  /// other's attributions (`"TASS"` as an alias of The National Interest confirmed what TASS
  /// was reported saying).
  private static func sharedIDsAndNames(in json: JSONValue) -> [DecodingProblem] {
    var owners: [String: (id: String, location: SourceLocation)] = [:]
    var ids: [String: SourceLocation] = [:]
    var problems: [DecodingProblem] = []
    for source in json["sources"]?.arrayValue ?? [] {
      guard let idValue = source["id"], let id = idValue.stringValue else { continue }
      if let first = ids[id] {
        problems.append(
          DecodingProblem(at: idValue.location, "duplicate source id '\(id)' (first at \(first))"))
        continue
      }
      ids[id] = idValue.location
      let names = [source["name"]].compactMap { $0 } + (source["aliases"]?.arrayValue ?? [])
      for value in names {
        guard let text = value.stringValue else { continue }
        if let problem = DecodingProblem(nameWithoutLetters: text, at: value.location) {
          problems.append(problem)
          continue
        }
        let key = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let owner = owners[key] else {
          owners[key] = (id, value.location)
          continue
        }
        guard owner.id != id else { continue }
        problems.append(
          DecodingProblem(
            at: value.location,
            "'\(text)' names both '\(owner.id)' (at \(owner.location)) and '\(id)': a name or alias must name one source"
          ))
      }
    }
    return problems
  }

  public var json: JSONValue { .object(["sources": .array(sources.map(\.json))]) }
}
