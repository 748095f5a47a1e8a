/// Compares sets of names: participants and places.
///
/// Participants: an evidence list of participants is taken as complete, so a claimed
/// participant missing from it contradicts the claim. Places: a claimed place is supported by
/// an evidence place that names it or lies within it (by the gazetteer or the item's own
/// `within`), as a name of its own (not "Oman" in "Gulf of Oman", "China" in "South China
/// Sea"); a source naming one place does not deny another, so no place contradicts.
enum SetComparator {
  static func compareParticipants(
    _ claimed: [String], with item: EvidenceItem, gazetteer: Gazetteer
  ) -> AssertionVerdict {
    guard let listed = item.facts.participants else { return .notCovered }
    let present = Set(listed.map(gazetteer.canonical))
    let missing = claimed.filter { !present.contains(gazetteer.canonical($0)) }
    guard missing.isEmpty else {
      return .contradicted(
        .participantsMismatch,
        detail:
          "evidence lists \(listed.joined(separator: ", ")), without \(missing.joined(separator: ", "))"
      )
    }
    return .supported(detail: nil)
  }

  static func compareLocations(_ claimed: [String], with item: EvidenceItem, gazetteer: Gazetteer)
    -> AssertionVerdict
  {
    guard let places = item.facts.location else { return .notCovered }
    var extra: [String: Set<String>] = [:]
    for (place, containers) in item.facts.within {
      extra[gazetteer.canonical(place), default: []].formUnion(containers.map(gazetteer.canonical))
    }
    var reached: Set<String> = []
    for place in places {
      for mention in gazetteer.placeMentions(in: place) {
        reached.insert(mention)
        reached.formUnion(gazetteer.containers(of: mention, extra: extra))
      }
    }
    let placeWords = places.flatMap(gazetteer.placeParts(of:))
    let unsupported = claimed.filter { claim in
      let canonical = gazetteer.canonical(claim)
      let words = gazetteer.words(of: canonical)
      return !reached.contains(canonical)
        && !placeWords.contains { Gazetteer.containsPlace($0, words) }
    }
    guard unsupported.isEmpty else { return .notCovered }
    return .supported(detail: "evidence places it at \(places.joined(separator: "; "))")
  }
}
