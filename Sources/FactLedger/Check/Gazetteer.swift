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
  /// Every name's words, split once here rather than at every comparison, by their first word:
  /// finding the names in a text looks up each of its words once.
  private var aliasesByFirstWord: [String: [AliasWords]] = [:]
  /// What the checker has computed from texts so far, kept for the gazetteer's lifetime.
  let memo = Memo()

  private struct AliasWords: Sendable, Equatable {
    var words: [String]
    var canonical: String
  }

  /// The values computed from texts, each once per distinct text (its bytes).
  final class Memo: Sendable {
    let words = TextMemo<TextKey, [String]>()
    let foldedWords = TextMemo<TextKey, [FoldedWord]>()
    let canonical = TextMemo<TextKey, String>()
    let mentions = TextMemo<TextKey, Set<String>>()
    let placeMentions = TextMemo<TextKey, Set<String>>()
    let placeParts = TextMemo<TextKey, [[String]]>()
    let sameName = TextMemo<TextPair, Bool>()
    /// A claimed person (first) against the one evidence names (second).
    let people = TextMemo<TextPair, PersonName.Match>()
    /// The numbers of folded words, shared by every quote and source compared.
    let numbering = WordNumbering()
    /// Whether an excerpt (second) holds a name (first).
    let inExcerpt = TextMemo<TextPair, Bool>()
    /// Whether an excerpt (second) holds words as written (first).
    let wordsInExcerpt = TextMemo<TextPair, Bool>()
    /// Who an excerpt (second) has say a quote (first), and where (`QuoteSpeaker`).
    let excerptSpeakers = TextMemo<TextPair, QuoteSpeaker.Reading>()
    /// The quotation of an excerpt (second) that misquotes a quote (first), `diff` empty for
    /// none (`ExcerptMisquote`).
    let excerptMisquotes = TextMemo<TextPair, ExcerptMisquote.Found>()
    /// Whether a publisher (second) is an outlet (first) (`OutletName`).
    let outlets = TextMemo<TextPair, Bool>()
    /// A claimed title (first) against the role evidence gives (second).
    let roles = TextMemo<TextPair, AssertionVerdict>()
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
    for (name, canonical) in canonicalByName {
      let words = Self.words(name)
      guard let first = words.first else { continue }
      aliasesByFirstWord[first, default: []].append(AliasWords(words: words, canonical: canonical))
    }
    for entry in entries {
      containersByName[Self.normalized(entry.name), default: []].formUnion(
        entry.within.map(canonical))
    }
  }

  /// Gazetteers are equal when their entries are: everything else is derived from them.
  public static func == (lhs: Gazetteer, rhs: Gazetteer) -> Bool {
    lhs.entries == rhs.entries
  }

  /// The canonical form of `name`: its entry's name, normalized, or the name normalized.
  public func canonical(_ name: String) -> String {
    memo.canonical.value(for: TextKey(name)) { name in
      let key = Self.normalized(name.text)
      return canonicalByName[key] ?? key
    }
  }

  /// The canonical names mentioned anywhere in `text` (as whole words), and the text itself.
  func mentions(in text: String) -> Set<String> {
    memo.mentions.value(for: TextKey(text)) { key in
      var found: Set<String> = [canonical(key.text)]
      addNames(in: words(of: key.text), to: &found)
      return found
    }
  }

  /// Adds to `found` the canonical name of every entry whose name stands in `words` as a run
  /// of whole words at a place `accept` takes (its start and length).
  func addNames(
    in words: [String], to found: inout Set<String>,
    where accept: (_ start: Int, _ count: Int) -> Bool = { _, _ in true }
  ) {
    for (start, word) in words.enumerated() {
      for alias in aliasesByFirstWord[word, default: []]
      where words[start...].starts(with: alias.words) && accept(start, alias.words.count) {
        found.insert(alias.canonical)
      }
    }
  }

  /// `Gazetteer.words(_:)` of `text`, split once per distinct text.
  func words(of text: String) -> [String] {
    memo.words.value(for: TextKey(text)) { Self.words($0.text) }
  }

  /// `FoldedWord.words(in:)` of `text`, its editorial marks resolved (`EditorialMarks`: "[sic]"
  /// is no word, "[W]e" is "We"), split once per distinct text.
  func foldedWords(of text: String) -> [FoldedWord] {
    memo.foldedWords.value(for: TextKey(text)) {
      FoldedWord.words(in: EditorialMarks.resolved($0.text, isQuote: false))
    }
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
    if let words = asciiWords(text) { return words }
    // Curly quotes, dashes and other look-alikes fold to ASCII: what is left has no diacritic
    // to take off, and Foundation's folding (ICU's, megabytes of tables) is not needed.
    let typographic = TypographicFolding.fold(text)
    if let words = asciiWords(typographic) { return words }
    // No locale: diacritics come off alike in every one (the same for every scalar, tried),
    // and a locale is ICU's to make, with its tables (a megabyte of the program in memory).
    let folded = typographic.folding(options: [.diacriticInsensitive], locale: nil)
    return folded.split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
  }

  /// `words(_:)` of a text in plain ASCII, byte by byte (there, folding is lowercasing and
  /// a letter or a digit is `A`-`Z`, `a`-`z`, `0`-`9`); `nil` for any other text.
  private static func asciiWords(_ text: String) -> [String]? {
    var words: [String] = []
    var word: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "'"):
        word.append(byte)
      case UInt8(ascii: "`"), 0x80...: return nil
      default:
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// Whether `haystack` holds `needle` as a run of whole words, at a start `accept` takes.
  static func contains(
    _ haystack: [String], _ needle: [String], where accept: (_ start: Int) -> Bool = { _ in true }
  ) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start..<start + needle.count].elementsEqual(needle) && accept(start)
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
    problems += Self.problems(in: json)
  }
}
