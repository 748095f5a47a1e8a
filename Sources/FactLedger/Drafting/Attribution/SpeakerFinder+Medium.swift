/// A medium named in a lead-in clause ("In a post on CNN, Sam Bendett said"): the outlet of
/// that cue, and of the same speaker's next cues that name none ("Bendett wrote", "he added").
extension SpeakerFinder {
  /// The speaker a lead-in named a medium for, and the medium.
  struct Medium {
    /// The speaker's full name.
    var name: String
    /// The medium.
    var link: CueSource.OutletLink
  }

  /// Nouns of a lead-in clause that names where the words appeared.
  private static let mediumNouns: Set<String> = [
    "entry", "post", "posting", "message", "tweet", "interview", "article", "video",
    "broadcast", "column", "op-ed", "letter", "blog", "comment", "comments", "remarks",
    "statement", "editorial", "podcast", "appearance",
  ]
  private static let mediumPrepositions: Set<String> = ["on", "to", "with", "in"]

  /// Links the outlet a lead-in clause names, "In a post on CNN, " from the sentence's first
  /// word `floor` to a comma before the cue. Returns whether there was one.
  func leadInMedium(before cue: CueMatch, floor: Int, into source: inout CueSource) -> Bool {
    guard floor < cue.words.lowerBound, words[floor].lowered == "in" else { return false }
    var comma = floor
    while comma < cue.words.lowerBound, !words.gap(after: comma, contains: ",") { comma += 1 }
    guard comma < cue.words.lowerBound,
      (floor + 1..<comma).contains(where: { Self.mediumNouns.contains(words[$0].lowered) }),
      let preposition = (floor + 2..<max(floor + 2, comma)).first(where: {
        Self.mediumPrepositions.contains(words[$0].lowered)
      })
    else { return false }
    var start = preposition + 1
    while start <= comma, !words[start].isCapitalized { start += 1 }
    guard start <= comma else { return false }
    return link(start, ceiling: comma + 1, as: true, to: &source)
  }

  /// Passes a lead-in's medium on to the same speaker's next cues that name no outlet, and
  /// forgets it when another source speaks.
  func carry(_ medium: inout Medium?, into source: inout CueSource) {
    guard source.isAttributing else { return }
    guard let name = source.speaker?.name else {
      if source.speaker != nil || !source.outlets.isEmpty { medium = nil }
      return
    }
    if source.isLeadInMedium, let link = source.outlets.first {
      medium = Medium(name: name, link: link)
    } else if let current = medium, current.name == name {
      if source.outlets.isEmpty { source.outlets.append(current.link) }
    } else {
      medium = nil
    }
  }
}
