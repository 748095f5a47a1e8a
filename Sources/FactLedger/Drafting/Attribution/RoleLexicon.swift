/// The small word lists the speaker finder reads names, posts and bodies with.
///
/// General English, not this article's: posts ("spokesperson", "deputy CEO"), the words that
/// make a name a body's ("Council", "Ministry"), nationality adjectives and their countries,
/// the nouns of a vague source ("officials", "analysts"), and the capitalised words that start
/// a sentence without naming anyone.
enum RoleLexicon {
  /// Posts and ranks, lower case; a hyphenated rank counts when a part is one
  /// ("lieutenant-general").
  static let heads: Set<String> = [
    "president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "ceo",
    "cfo", "coo", "chairman", "chairwoman", "chair", "director", "head", "chief", "commander",
    "admiral", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "officer",
    "ambassador", "envoy", "analyst", "expert", "researcher", "fellow", "professor", "scientist",
    "economist", "adviser", "advisor", "official", "diplomat", "editor", "correspondent",
    "reporter", "founder", "governor", "mayor", "senator", "lawmaker", "manager", "executive",
    "premier", "chancellor", "leader", "representative", "strategist", "historian", "lawyer",
    "attorney", "judge", "member", "engineer", "designer", "pilot", "king", "queen", "prince",
    "national", "citizen", "dr", "gen", "lt", "col", "adm", "sen", "gov", "rep", "mr", "mrs", "ms",
    "prof",
  ]
  /// Words that qualify a post before it ("deputy CEO", "Second Rear Admiral").
  static let qualifiers: Set<String> = [
    "deputy", "vice", "assistant", "associate", "senior", "junior", "chief", "executive",
    "acting", "former", "retired", "foreign", "defense", "defence", "prime", "first", "second",
    "third", "rear", "lieutenant", "major", "managing", "press", "general", "interior",
    "finance", "national", "security", "military", "naval", "research", "program", "programme",
    "project", "sales", "communications", "technical",
  ]
  /// Words that make a capitalised name a body's, not a person's.
  static let organizationWords: Set<String> = [
    "council", "center", "centre", "group", "ministry", "agency", "institute", "institution",
    "university", "association", "committee", "department", "company", "corporation", "corp",
    "inc", "party", "navy", "army", "forces", "force", "government", "office", "commission",
    "bank", "fund", "foundation", "union", "organization", "organisation", "service",
    "bureau", "academy", "kremlin", "pentagon", "parliament", "duma", "senate", "congress",
    "court", "authority", "administration", "network", "news", "times", "post", "journal",
    "press", "television", "radio", "daily", "herald", "tribune", "telegraph", "gazette",
    "magazine", "review", "society", "alliance", "coalition", "federation", "laboratory",
    "command", "fleet", "guard", "police", "embassy", "school", "college", "industries",
    "holdings", "systems", "technologies", "ministries", "media", "board", "cabinet",
    "assembly", "directorate", "secretariat", "chiefs", "observatory",
  ]
  /// Words that make a name an outlet's when it is not in `sources.json`.
  static let mediaWords: Set<String> = [
    "news", "times", "post", "journal", "press", "television", "tv", "radio", "daily", "herald",
    "tribune", "telegraph", "gazette", "magazine", "review", "agency", "wire", "newspaper",
    "broadcaster", "channel", "website", "tabloid", "weekly", "media",
  ]
  /// Nationality adjectives and the country each stands for ("Russian President" speaks for
  /// Russia).
  static let demonyms: [String: String] = [
    "russian": "Russia", "chinese": "China", "iranian": "Iran", "american": "United States",
    "british": "United Kingdom", "french": "France", "german": "Germany", "indian": "India",
    "japanese": "Japan", "turkish": "Turkey", "israeli": "Israel", "ukrainian": "Ukraine",
    "syrian": "Syria", "mongolian": "Mongolia", "pakistani": "Pakistan", "iraqi": "Iraq",
    "canadian": "Canada", "australian": "Australia", "italian": "Italy", "spanish": "Spain",
    "polish": "Poland", "egyptian": "Egypt", "afghan": "Afghanistan", "saudi": "Saudi Arabia",
    "north korean": "North Korea", "south korean": "South Korea", "belarusian": "Belarus",
  ]
  /// Nouns for a body that a later "the ministry" or "the board" stands for.
  static let bodyNouns: Set<String> = [
    "ministry", "board", "agency", "council", "committee", "department", "office",
    "commission", "government", "administration", "company", "institute", "command",
    "embassy", "court", "party", "group", "alliance", "army", "navy", "cabinet", "bureau",
  ]
  /// Capitals that stand for their governments ("Moscow said"), and whose.
  static let capitalCountries: [String: String] = [
    "Moscow": "Russia", "Beijing": "China", "Washington": "United States", "Tehran": "Iran",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Pyongyang": "North Korea", "Seoul": "South Korea",
    "Tokyo": "Japan", "London": "United Kingdom", "Paris": "France", "Berlin": "Germany",
    "Ankara": "Turkey", "New Delhi": "India", "Islamabad": "Pakistan", "Damascus": "Syria",
    "Baghdad": "Iraq", "Brussels": "European Union", "Minsk": "Belarus",
    "Ulaanbaatar": "Mongolia", "Jerusalem": "Israel", "Riyadh": "Saudi Arabia",
    "Ottawa": "Canada", "Canberra": "Australia", "Rome": "Italy",
  ]
  /// Capitals that stand for their governments ("Moscow said").
  static let capitals = Set(capitalCountries.keys)
  /// Countries, and capitals that speak for them, lowercased, with the country each stands for.
  static let countryNames: [String: String] = {
    var names: [String: String] = [:]
    for country in demonyms.values { names[country.lowercased()] = country }
    for (capital, country) in capitalCountries {
      names[capital.lowercased()] = country
    }
    let codes = [
      "us": "United States", "usa": "United States", "uk": "United Kingdom",
      "britain": "United Kingdom", "european union": "European Union",
    ]
    names.merge(codes) { first, _ in first }
    return names
  }()
  /// Whether the words `text` name a country the demonyms stand for ("North Korea"), or a
  /// capital that speaks for one ("Moscow").
  static func isCountry(_ text: String) -> Bool {
    demonymCountries.contains(text) || capitals.contains(text)
  }
  private static let demonymCountries = Set(demonyms.values)
  /// The nouns of a source the article leaves vague ("other analysts", "officials").
  static let vagueNouns: Set<String> = [
    "analysts", "analyst", "officials", "official", "experts", "expert", "sources", "source",
    "reports", "report", "observers", "critics", "diplomats", "insiders", "commentators",
    "authorities", "residents", "witnesses", "researchers", "scientists", "economists",
    "lawmakers", "people", "spokesman", "spokeswoman", "spokesperson", "media", "statement",
    "statements", "others", "some", "many",
  ]
  /// Capitalised words that start a sentence or clause without naming anyone.
  static let notNames: Set<String> = [
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "i",
    "you", "this", "that", "these", "those", "as", "its", "his", "her", "their", "our", "my",
    "your", "instead", "however", "also", "yet", "so", "while", "after", "before", "when", "if",
    "there", "some", "many", "other", "others", "both", "all", "according", "among",
    "meanwhile", "still", "now", "then", "for", "with", "from", "by", "of", "to", "not", "no",
    "yes", "what", "who", "why", "how", "where", "which", "politically", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "one", "two",
    "related", "see", "read", "also",
  ]
  /// Adverbs that may stand between a subject and its cue ("Putin also said").
  static let adverbs: Set<String> = [
    "also", "later", "previously", "recently", "then", "reportedly", "once", "further",
    "repeatedly", "publicly", "separately", "earlier", "again", "have", "has", "had", "was",
    "were", "is", "will", "would", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday",
  ]
  /// Third-person pronouns that refer to the last person named.
  static let personalPronouns: Set<String> = ["he", "she"]
  /// Words that join the parts of a body's name ("Research and Production Group").
  static let connectors: Set<String> = ["and", "of", "for", "on", "de", "&"]

  /// Whether `lowered` names a post, a hyphenated rank included.
  static func isHead(_ lowered: String) -> Bool {
    heads.contains(lowered) || lowered.split(separator: "-").contains { heads.contains(String($0)) }
  }

  /// Whether `lowered` is a post or a word that qualifies one.
  static func isRoleWord(_ lowered: String) -> Bool {
    isHead(lowered) || qualifiers.contains(lowered)
  }

  /// The country a lone nationality adjective stands for, else `name` as it is.
  static func organization(named name: String) -> String {
    demonyms[name.lowercased()] ?? name
  }
}
