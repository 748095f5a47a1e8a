import Foundation

/// Names that mean the same thing, and places inside others, from `Ledger/gazetteer.json`.
///
/// The checker compares names through it: "Russian" forces are Russia's, "Samuel Bendett" is
/// "Sam Bendett", and evidence placing drills at the Tsugol training range supports a claim that
/// they were in Siberia, because Tsugol lies within Zabaykalsky Krai, within Eastern Siberia,
/// within Siberia.
public struct Gazetteer: Sendable, Equatable {
  /// One name with its other spellings and the places it lies within.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var aliases: [String]
    public var within: [String]

    public init(name: String, aliases: [String] = [], within: [String] = []) {
      self.name = name
      self.aliases = aliases
      self.within = within
    }
  }

  /// The entries, in file order.
  public private(set) var entries: [Entry]
  private var canonicalByName: [String: String] = [:]
  private var containersByName: [String: Set<String>] = [:]
  /// Every name's words, split once here rather than at every comparison.
  private var aliasWords: [AliasWords] = []

  private struct AliasWords: Sendable, Equatable {
    var words: [String]
    var canonical: String
  }

  /// Creates a gazetteer from entries.
  public init(entries: [Entry] = []) {
    self.entries = entries
    for entry in entries {
      let canonical = Self.normalized(entry.name)
      for name in [entry.name] + entry.aliases {
        canonicalByName[Self.normalized(name)] = canonical
      }
    }
    aliasWords = canonicalByName.map { AliasWords(words: Self.words($0.key), canonical: $0.value) }
    for entry in entries {
      containersByName[Self.normalized(entry.name), default: []].formUnion(
        entry.within.map(canonical))
    }
  }

  /// The canonical form of `name`: its entry's name, normalized, or the name normalized.
  public func canonical(_ name: String) -> String {
    let key = Self.normalized(name)
    return canonicalByName[key] ?? key
  }

  /// The canonical names mentioned anywhere in `text` (as whole words), and the text itself.
  func mentions(in text: String) -> Set<String> {
    let words = Self.words(text)
    var found: Set<String> = [canonical(text)]
    for alias in aliasWords where Self.contains(words, alias.words) {
      found.insert(alias.canonical)
    }
    return found
  }

  /// Every place `canonicalName` lies within, directly or through others.
  func containers(of canonicalName: String, extra: [String: Set<String>] = [:]) -> Set<String> {
    var found: Set<String> = []
    var pending = [canonicalName]
    while let next = pending.popLast() {
      for container in containersByName[next, default: []].union(extra[next, default: []])
      where found.insert(container).inserted {
        pending.append(container)
      }
    }
    return found
  }

  // MARK: - Text

  /// Lowercase, without diacritics, with punctuation as spaces and a leading "the" dropped.
  static func normalized(_ text: String) -> String {
    var words = self.words(text)
    if words.first == "the", words.count > 1 { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// The words of `text`, look-alike characters and case folded (`TypographicFolding`), and
  /// without diacritics.
  static func words(_ text: String) -> [String] {
    let folded = TypographicFolding.fold(text).folding(
      options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    return folded.split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
  }

  /// Whether `haystack` holds `needle` as a run of whole words.
  static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start..<start + needle.count].elementsEqual(needle)
    }
  }
}

extension Gazetteer: JSONDecodableRecord {
  public init?(json: JSONValue, problems: inout [DecodingProblem]) {
    let entries = (json["entries"]?.arrayValue ?? []).map { entry in
      Entry(
        name: entry["name"]?.stringValue ?? "",
        aliases: entry["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? [],
        within: entry["within"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    }
    self.init(entries: entries)
  }
}
