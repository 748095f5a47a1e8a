import Foundation

/// One form for words English writes two ways, so that a quote typed in one house style
/// matches its source in another: a contraction is its words in full ("don't" is "do not",
/// "can't" and "cannot" are "can not"), and a British spelling is the American one
/// ("defence", "organise", "centre", "colour", "travelled", "catalogue", "programme").
///
/// Each rule turns a word into a form that only its other spelling shares: both sides of a
/// comparison pass through it, so a word that merely looks like the pattern ("precise",
/// "compelled") becomes a non-word on both sides and still equals only itself. Short words are
/// left alone ("four" is not "for", "rise" not "rize"). A contraction that could stand for two
/// things ("he'd": had or would; "John's") is left as written; "it's", "that's" and other
/// pronouns' "'s" are "is", or "has" before "been", "got" or "gotten" (an adverb between:
/// "it's never been"), as any word's "'s" is there ("Russia's been": a possessive does not
/// stand before "been").
enum WordForms {
  /// `words` with each contraction split into its words (the second marked as a continuation
  /// of the first, both showing the word as written) and each key in American spelling.
  static func standardized(_ words: [FoldedWord]) -> [FoldedWord] {
    var result: [FoldedWord] = []
    result.reserveCapacity(words.count)
    for (index, word) in words.enumerated() {
      if let (first, second) = expansion(
        of: word.key, isBeforePerfect: isPerfect(words, after: index))
      {
        result.append(FoldedWord(key: first, shown: word.shown))
        result.append(
          FoldedWord(
            key: second, shown: word.shown, isFollowedByBreak: word.isFollowedByBreak,
            isFollowedByPause: word.isFollowedByPause, isContinuation: true))
      } else {
        var word = word
        word.key = americanSpelling(of: word.key)
        result.append(word)
      }
    }
    return result
  }

  // MARK: - Contractions

  /// The two words `key` contracts, or `nil`. `isBeforePerfect` tells whether "been", "got"
  /// or "gotten" follows (`isPerfect`): there an "'s" is "has", any word's ("it's been",
  /// "Russia's been"); elsewhere only a pronoun's, as "is" ("it's over"; "Russia's plan" is a
  /// possessive). Asked only for a word with "'s".
  static func expansion(of key: String, isBeforePerfect: @autoclosure () -> Bool)
    -> (String, String)?
  {
    if key == "cannot" { return ("can", "not") }
    guard key.utf8.contains(UInt8(ascii: "'")) else { return nil }
    if key.hasSuffix("n't") {
      let stem = String(key.dropLast(3))
      guard !stem.isEmpty, stem != "ai" else { return nil }
      return (irregularNegatives[stem] ?? stem, "not")
    }
    if key == "i'm" { return ("i", "am") }
    if key == "let's" { return ("let", "us") }
    guard let apostrophe = key.lastIndex(of: "'") else { return nil }
    let stem = String(key[..<apostrophe])
    let ending = String(key[key.index(after: apostrophe)...])
    guard !stem.isEmpty, !stem.contains("'") else { return nil }
    switch ending {
    case "re": return (stem, "are")
    case "ve": return (stem, "have")
    case "ll": return (stem, "will")
    case "s" where isBeforePerfect(): return (stem, "has")
    case "s" where isPronounOfIs.contains(stem): return (stem, "is")
    default: return nil
    }
  }

  /// Whether the word after `index` is "been", "got" or "gotten", or one adverb before it
  /// ("it's never been", "Russia's long been").
  private static func isPerfect(_ words: [FoldedWord], after index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    let next = words[index + 1].key
    if perfectParticiples.contains(next) { return true }
    return perfectAdverbs.contains(next) && index + 2 < words.count
      && perfectParticiples.contains(words[index + 2].key)
  }

  private static let perfectParticiples: Set<String> = ["been", "got", "gotten"]
  private static let perfectAdverbs: Set<String> = [
    "not", "never", "long", "already", "always", "just", "also", "ever", "recently", "often",
  ]

  /// The verb of a negative whose stem is not the verb itself.
  private static let irregularNegatives = ["wo": "will", "ca": "can", "sha": "shall"]

  /// Words whose "'s" is "is" ("it's", "that's"), not a possessive.
  private static let isPronounOfIs: Set<String> = [
    "it", "that", "there", "here", "what", "who", "where", "how", "he", "she",
  ]

  // MARK: - Spelling

  /// `key` in American spelling: itself unless a rule below takes it.
  static func americanSpelling(of key: String) -> String {
    if let special = specialSpellings[key] { return special }
    guard key.utf8.count >= 5 else { return key }
    let bytes = Array(key.utf8)
    guard bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return key }
    if let spelled = withoutOurU(key) { return spelled }
    if let spelled = zSpelling(bytes) ?? reSpelling(bytes) ?? singleL(bytes) ?? logSpelling(bytes) {
      return String(decoding: spelled, as: UTF8.self)
    }
    return key
  }

  /// Words spelt apart with no rule of their own.
  private static let specialSpellings: [String: String] = [
    "programme": "program", "programmes": "programs", "grey": "gray", "greys": "grays",
    "cheque": "check", "cheques": "checks", "tyre": "tire", "tyres": "tires",
    "storey": "story", "storeys": "stories", "kerb": "curb", "kerbs": "curbs",
    "draught": "draft", "draughts": "drafts", "pyjamas": "pajamas", "moustache": "mustache",
    "pyjama": "pajama", "moustaches": "mustaches", "chequered": "checkered",
    "chequebook": "checkbook", "chequebooks": "checkbooks", "draughty": "drafty",
    "draughtsman": "draftsman", "draughtsmen": "draftsmen", "kerbside": "curbside",
    "storeyed": "storied",
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "pretence": "pretense", "licence": "license", "licences": "licenses",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvred": "maneuvered",
    "judgement": "judgment", "judgements": "judgments", "ageing": "aging",
    "sceptic": "skeptic", "sceptics": "skeptics", "sceptical": "skeptical",
    "scepticism": "skepticism", "defenceless": "defenseless", "licenced": "licensed",
    "greying": "graying", "greyed": "grayed", "manoeuvring": "maneuvering",
    "practise": "practice", "practised": "practiced", "practises": "practices",
    "practising": "practicing", "fulfil": "fulfill", "fulfils": "fulfills",
    "fulfilment": "fulfillment", "enrol": "enroll", "enrols": "enrolls",
    "enrolment": "enrollment", "skilful": "skillful", "skilfully": "skillfully",
    "wilful": "willful", "wilfully": "willfully", "instalment": "installment",
    "instalments": "installments", "aluminium": "aluminum", "jewellery": "jewelry",
    "mould": "mold", "moulds": "molds", "mouldy": "moldy", "plough": "plow", "ploughs": "plows",
    "sulphur": "sulfur", "cosy": "cozy", "artefact": "artifact", "artefacts": "artifacts",
    "paediatric": "pediatric", "paediatrician": "pediatrician", "anaesthetic": "anesthetic",
    "anaesthetist": "anesthetist", "oestrogen": "estrogen",
  ]

  /// The stems British spells with "our" and American with "or" ("colour", "honourable",
  /// "unfavourable"). A list, not a rule: "four", "hour" and "tour" are no such words.
  private static let ourStems = [
    "rigour", "colour", "favour", "honour", "labour", "harbour", "behaviour", "neighbour", "rumour",
    "vigour", "armour", "endeavour", "humour", "flavour", "savour", "splendour", "valour",
    "parlour", "tumour", "odour", "saviour", "vapour", "clamour", "rancour", "candour", "ardour",
    "fervour", "demeanour",
  ]

  private static let ourBytes = Array("our".utf8)

  private static func withoutOurU(_ key: String) -> String? {
    guard key.utf8.count >= 5, Array(key.utf8).contains(ourBytes) else { return nil }
    for stem in ourStems where key.contains(stem) {
      return key.replacingOccurrences(
        of: stem, with: stem.replacingOccurrences(of: "our", with: "or"))
    }
    return nil
  }

  /// "-ise", "-isation", "-yse" and their endings, after at least three letters ("organise",
  /// "analysed"), with a "z".
  private static func zSpelling(_ bytes: [UInt8]) -> [UInt8]? {
    for ending in zEndings where bytes.count - ending.count >= 3 && bytes.ends(with: ending) {
      var spelled = bytes
      spelled[bytes.count - ending.count + 1] = UInt8(ascii: "z")
      return spelled
    }
    return nil
  }

  private static let zEndings: [[UInt8]] = [
    "ise", "ised", "ises", "ising", "iser", "isers", "isation", "isations", "isational", "yse",
    "ysed", "yses", "ysing",
  ].map { Array($0.utf8) }

  /// "-tre" and "-bre" ("centre", "theatres", "fibre") as "-ter" and "-ber"; not "timbre",
  /// whose other spelling is another word.
  private static func reSpelling(_ bytes: [UInt8]) -> [UInt8]? {
    let plural = bytes.last == UInt8(ascii: "s")
    let word = plural ? Array(bytes.dropLast()) : bytes
    guard word.count >= 5, word.ends(with: Array("re".utf8)), word != Array("timbre".utf8),
      [UInt8(ascii: "t"), UInt8(ascii: "b")].contains(word[word.count - 3])
    else { return nil }
    var spelled = word
    spelled.swapAt(word.count - 2, word.count - 1)
    return plural ? spelled + [UInt8(ascii: "s")] : spelled
  }

  /// A doubled "l" before an ending ("travelled", "cancelling", "totalled") as one.
  private static func singleL(_ bytes: [UInt8]) -> [UInt8]? {
    for (ending, stem) in doubledL
    where bytes.count - ending.count >= stem && bytes.ends(with: ending) {
      var spelled = bytes
      spelled.remove(at: bytes.count - ending.count + 2)
      return spelled
    }
    return nil
  }

  /// Endings with a doubled "l", and the fewest letters before them.
  private static let doubledL: [([UInt8], Int)] = [
    ("elled", 2), ("elling", 2), ("eller", 2), ("ellers", 2), ("alled", 3), ("alling", 3),
  ].map { (Array($0.0.utf8), $0.1) }

  /// "-logue" ("dialogue", "catalogues") as "-log".
  private static func logSpelling(_ bytes: [UInt8]) -> [UInt8]? {
    let plural = bytes.last == UInt8(ascii: "s")
    let word = plural ? Array(bytes.dropLast()) : bytes
    guard word.count >= 7, word.ends(with: Array("logue".utf8)) else { return nil }
    let spelled = Array(word.dropLast(2))
    return plural ? spelled + [UInt8(ascii: "s")] : spelled
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
