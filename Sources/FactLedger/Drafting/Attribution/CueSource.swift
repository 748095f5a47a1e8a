/// What a cue attributes to: a speaker, a vague description, the outlets it names.
struct CueSource: Sendable, Equatable {
  /// One outlet tied to a cue.
  struct OutletLink: Sendable, Equatable {
    /// The `sources.json` id (or a new one's draft id).
    var id: String
    /// Whether the speaker spoke to it ("told Newsweek", "quoted in Newsweek"): the outlet that
    /// first reported the words.
    var isOrigin: Bool
  }

  /// The cue.
  var cue: CueMatch
  /// Who speaks.
  var speaker: Speaker?
  /// Where the speaker's name stands, for later pronouns and surnames.
  var nameOffset: Int?
  /// Whether the source is left vague.
  var isVague = false
  /// The outlets the cue names, in text order.
  var outlets: [OutletLink] = []
  /// Outlets `sources.json` lacks.
  var unknownOutlets: [OutletDraft] = []
  /// Whether the cue stands inside quotation marks (the speaker's words, not the article's).
  var inQuote = false
  /// Whether the cue's subject stands in a clause about something else ("..., a claim he has
  /// denied"): the cue attributes nothing.
  var isEmbedded = false
  /// Whether the outlet came from a lead-in clause ("In a post on CNN, X said"), so that the
  /// speaker's next cues take it too.
  var isLeadInMedium = false

  /// Creates an empty source for `cue`.
  init(cue: CueMatch) {
    self.cue = cue
  }

  /// Whether the cue attributes anything: a belief verb does only with a source before it.
  var isAttributing: Bool {
    !inQuote && !isEmbedded && (cue.role != .belief || speaker != nil || isVague)
  }

  /// Takes the speaker of the cue before it in the sentence ("he added, noting ...").
  mutating func inherit(_ other: CueSource) {
    if speaker == nil {
      speaker = other.speaker
      isVague = other.isVague
    }
  }
}
