extension EvidenceItem {
  /// Reads an item that has passed the evidence-item schema, so every field has its type.
  ///
  /// A claim id found in `claimIDs`, the ledger's, is kept as the ledger's own string: an item
  /// names its claims by ids the ledger holds already, and a copy of each would be one more
  /// allocation for every claim every item names.
  init(json: JSONValue, path: String, claimIDs: Set<String> = []) {
    let string = { (value: JSONValue?, key: String) in value?[key]?.stringValue }
    let strings = { (value: JSONValue?) -> [String]? in
      guard let value else { return nil }
      if let text = value.stringValue { return [text] }
      return value.arrayValue?.compactMap(\.stringValue)
    }
    let date = { (key: String) in json["facts"]?[key]?.stringValue.flatMap(EvidenceDate.init(iso:))
    }
    let quantity = { (key: String) -> Quantity? in
      guard let value = json["facts"]?[key], let amount = value["amount"]?.numberValue,
        let unit = value["unit"]?.stringValue
      else { return nil }
      return Quantity(amount: amount, unit: unit)
    }
    let facts = json["facts"]
    var within: [String: [String]] = [:]
    for member in facts?["within"]?.objectMembers ?? [] {
      within[member.key] = strings(member.value) ?? []
    }
    self.init(
      id: string(json, "id") ?? "",
      claims: (strings(json["claims"]) ?? []).map { id in
        claimIDs.firstIndex(of: id).map { claimIDs[$0] } ?? id
      },
      stance: string(json, "stance").flatMap(Stance.init(rawValue:)),
      source: Source(
        publisher: string(json["source"], "publisher") ?? "",
        url: string(json["source"], "url"), published: string(json["source"], "published"),
        title: string(json["source"], "title")),
      excerpt: string(json, "excerpt"),
      facts: Facts(
        start: date("start"), end: date("end"), date: date("date"),
        durationDays: facts?["durationDays"]?.intValue,
        participants: strings(facts?["participants"]), location: strings(facts?["location"]),
        within: within, count: quantity("count"), amount: quantity("amount"),
        quote: string(facts, "quote"), speaker: string(facts, "speaker"),
        role: string(facts, "role"), venue: string(facts, "venue"), event: string(facts, "event"),
        organization: string(facts, "organization"), outlet: string(facts, "outlet")),
      note: string(json, "note"), path: path, location: json.location)
  }
}
