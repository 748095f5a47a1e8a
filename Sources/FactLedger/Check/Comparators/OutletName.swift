/// Whether a publisher is an outlet: the same name through the gazetteer, or the name with
/// words after it that say what it is or which part of it ("TASS Russian News Agency", "CNN
/// Business", "The New York Times Company", "Al Jazeera English", "BBC Radio 4",
/// "www.newsweek.com") or a remark in brackets ("CNN (per the article)"). Not a text that merely
/// names it ("Fox News (criticising CNN)", "Fact-check of CNN", "Not TASS"), nor another outlet
/// under its name: one of a country or region ("Sky News Arabia", "Newsweek Japan", "ABC News
/// (Australia)", "The Times of India", "Sky News AU", "newsweek.pl"), or with words of its own
/// ("Al Jazeera Balkans", "Reuters Institute", "CBS 58").
enum OutletName {
  /// Whether `publisher` is the outlet `name`, worked out once per pair of texts: every item
  /// of every claim citing an outlet is asked.
  static func isOutlet(_ name: String, _ publisher: String, gazetteer: Gazetteer) -> Bool {
    gazetteer.memo.outlets.value(for: TextPair(first: name, second: publisher)) { pair in
      decide(pair.first, pair.second, gazetteer: gazetteer)
    }
  }

  private static func decide(_ name: String, _ publisher: String, gazetteer: Gazetteer) -> Bool {
    let canonical = gazetteer.canonical(name)
    if canonical == gazetteer.canonical(publisher) { return true }
    // A remark in brackets is about the outlet before it, unless it names a place.
    if let bracket = publisher.firstIndex(of: "("),
      !publisher[..<bracket].allSatisfy(\.isWhitespace)
    {
      // A city is where the outlet is ("Newsweek (New York)", "The Times (London)").
      let remark = gazetteer.words(of: String(publisher[bracket...]))
      return !namesPlace(remark, countingCapitals: false)
        && isOutlet(name, String(publisher[..<bracket]), gazetteer: gazetteer)
    }
    let nameWords = gazetteer.words(of: canonical)
    let publishedWords = gazetteer.words(of: gazetteer.canonical(publisher)).drop { $0 == "www" }
    guard !nameWords.isEmpty, publishedWords.starts(with: nameWords) else { return false }
    let rest = Array(publishedWords.dropFirst(nameWords.count))
    guard let first = rest.first else { return true }
    if ["of", "for", "in", "on"].contains(first) || namesPlace(rest) { return false }
    return rest.indices.allSatisfy { index in
      let word = rest[index]
      if describingWords.contains(word) || word.count == 1 { return true }
      // A station's number ("BBC Radio 4").
      return index > 0 && word.allSatisfy(\.isNumber) && stations.contains(rest[index - 1])
    }
  }

  /// Whether `words` name a country, a capital, a nationality or a region (a one- or two-word
  /// name), which makes a publisher another outlet under the name.
  private static func namesPlace(_ words: [String], countingCapitals: Bool = true) -> Bool {
    let isCountry = { (name: String) in
      guard let country = RoleLexicon.countryNames[name] else { return false }
      return countingCapitals || country.lowercased() == name
    }
    return words.indices.contains { index in
      let word = words[index]
      let pair = index + 1 < words.count ? word + " " + words[index + 1] : ""
      // A two-letter code is one only where it ends a web address or is all there is ("Sky
      // News AU", "newsweek.com.au"), not a word of a remark ("in Russian", "as it reported").
      if countryCodes.contains(word) {
        return words.count == 1 || (index == words.count - 1 && ["co", "com"].contains(words[0]))
      }
      return isCountry(word) && !["us", "uk"].contains(word) || isCountry(pair)
        || places.contains(word) || places.contains(pair)
        || RoleLexicon.demonyms[word] != nil && !languages.contains(word)
    }
  }

  /// Words that say what an outlet is or which part of it: the medium, the company, a section,
  /// a language service, a web address.
  private static let describingWords = Set(
    [
      "agency", "magazine", "newspaper", "paper", "news", "newswire", "wire", "channel",
      "network", "tv", "television", "radio", "online", "digital", "edition", "editions",
      "international", "service", "website", "site", "daily", "weekly", "group", "media",
      "podcast", "company", "co", "inc", "llc", "ltd", "limited", "corp", "corporation", "plc",
      "holdings", "publishing", "publications", "business", "politics", "world", "opinion",
      "sport", "sports", "tech", "technology", "money", "health", "science", "europe",
      "com", "org", "net", "info", "us", "uk", "the", "global", "live", "newsroom", "one", "two",
      "three", "four", "hd", "now", "pro", "plus", "law", "premium", "extra",
    ]
  ).union(languages)

  /// Languages an outlet's service speaks ("BBC Persian", "Al Jazeera English").
  private static let languages: Set<String> = [
    "english", "arabic", "persian", "farsi", "french", "german", "russian", "spanish", "chinese",
    "mandarin", "urdu", "hindi", "turkish", "japanese", "korean", "portuguese", "italian",
    "ukrainian", "polish", "bengali", "swahili", "hausa", "dari", "pashto", "serbian",
  ]

  /// Words before a station's number.
  private static let stations: Set<String> = ["radio", "tv", "channel", "television"]

  /// Countries and regions beyond `RoleLexicon.countryNames`, lowercased.
  private static let places: Set<String> = [
    "arabia", "middle east", "gulf", "africa", "south africa", "asia", "latin america",
    "philippines", "polska", "turk", "turkiye", "brasil", "brazil", "mexico", "indonesia",
    "nigeria", "kenya", "argentina", "malaysia", "singapore", "thailand", "vietnam", "korea",
    "hong kong", "taiwan", "netherlands", "sweden", "norway", "denmark", "finland", "greece",
    "portugal", "romania", "hungary", "czech", "austria", "switzerland", "belgium", "ireland",
    "scotland", "new zealand", "qatar", "emirates", "uae", "lebanon", "jordan", "balkans",
  ]

  /// Countries' two-letter codes, of web addresses and editions.
  private static let countryCodes: Set<String> = [
    "au", "ph", "pl", "de", "fr", "jp", "in", "ca", "nz", "za", "ru", "cn", "tr", "ar", "es",
    "it", "br", "mx", "pk", "ie", "sg", "my", "ng", "ke", "eg", "sa", "ae", "il", "ir", "ua",
  ]
}
