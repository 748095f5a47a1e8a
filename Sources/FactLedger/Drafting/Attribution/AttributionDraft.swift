/// What the attribution drafter finds for a span: the attribution, the sentence it leans on,
/// and the outlets it names that `sources.json` lacks.
struct AttributionDraft: Sendable, Equatable {
  /// The attribution, without `carriedBy`: the drafter knows sentences, not records. A
  /// `contextual` one needs the caller to name the record of `carrier` there.
  var attribution: Attribution
  /// The offsets of the sentence that carries the attribution (a lead-in such as "As reported
  /// in December 2019 in Newsweek:", or the sentence of a quote that names its speaker) or
  /// lends it its speaker, outlet or via chain; `nil` when the span's own sentence says all.
  var carrier: Range<Int>?
  /// Outlets the attribution names that `sources.json` has no entry for, as draft entries
  /// for the caller to add; `attribution.outlet` and `via` use their ids.
  var unknownOutlets: [OutletDraft]

  /// Creates a draft.
  init(attribution: Attribution, carrier: Range<Int>? = nil, unknownOutlets: [OutletDraft] = []) {
    self.attribution = attribution
    self.carrier = carrier
    self.unknownOutlets = unknownOutlets
  }
}

/// An outlet the article names that `sources.json` lacks: an entry to add, marked as a draft
/// by whoever adds it, and the words that name it.
struct OutletDraft: Sendable, Equatable {
  /// The entry: a new slug id, the name as it stands, `outlet` or `news-agency`.
  var source: Source
  /// Where the article names it.
  var mention: TextSpan
}

/// Words of the article that say who someone is ("Russian President Vladimir Putin", "a
/// retired Russian lieutenant-general"), for a `credential` record.
struct CredentialDraft: Sendable, Equatable {
  /// The words, as the hand-made ledger anchors them: a post written before a name with the
  /// name; an appositive noun phrase or "who is ..." clause alone; "at the Center for ..."
  /// with the name it follows.
  var span: TextSpan
  /// The person with the post and body the words state.
  var speaker: Speaker
}
