extension EvidenceItem {
  /// Reads an item that has passed the evidence-item schema, so every field has its type.
  ///
  /// Each object's members are read once, in the file's order (looking every field up by
  /// name compared each name with the members before it; it was a sixth of loading evidence).
  /// A claim id found in `claimIDs`, the ledger's, is kept as the ledger's own string: an item
  /// names its claims by ids the ledger holds already, and a copy of each would be one more
  /// allocation for every claim every item names.
  init(json: JSONValue, path: String, claimIDs: Set<String> = []) {
    var ignored: [DecodingProblem] = []
    self.init(json: json, path: path, claimIDs: claimIDs, problems: &ignored)
  }

  /// Reads an item as `init(json:path:claimIDs:)` does, adding to `problems` what the schema
  /// passes and the checker cannot read as written (`Facts.init(json:problems:)`).
  init(
    json: JSONValue, path: String, claimIDs: Set<String> = [], problems: inout [DecodingProblem]
  ) {
    var id = ""
    var claims: [String] = []
    var stance: Stance?
    var source = Source(publisher: "")
    var excerpt: String?
    var facts = Facts()
    var note: String?
    for member in json.objectMembers ?? [] {
      let value = member.value
      switch member.key {
      case "id": id = value.stringValue ?? ""
      case "claims":
        claims = (Self.strings(value) ?? []).map { claim in
          claimIDs.firstIndex(of: claim).map { claimIDs[$0] } ?? claim
        }
      case "stance": stance = value.stringValue.flatMap(Stance.init(rawValue:))
      case "source": source = Source(json: value)
      case "excerpt": excerpt = value.stringValue
      case "facts": facts = Facts(json: value, problems: &problems)
      case "note": note = value.stringValue
      default: break
      }
    }
    self.init(
      id: id, claims: claims, stance: stance, source: source, excerpt: excerpt, facts: facts,
      note: note, path: path, location: json.location)
  }

  /// A string, or an array of strings, as an array.
  fileprivate static func strings(_ value: JSONValue) -> [String]? {
    if let text = value.stringValue { return [text] }
    return value.arrayValue?.compactMap(\.stringValue)
  }
}

extension EvidenceItem.Source {
  /// Reads an item's `source`.
  fileprivate init(json: JSONValue) {
    self.init(publisher: "")
    for member in json.objectMembers ?? [] {
      let text = member.value.stringValue
      switch member.key {
      case "publisher": publisher = text ?? ""
      case "url": url = text
      case "published": published = text
      case "title": title = text
      default: break
      }
    }
  }
}

extension EvidenceItem.Facts {
  /// Reads an item's `facts`, adding to `problems` what the schema passes and the checker
  /// cannot read as written: an `end` before the `start` (by any reading of their precision:
  /// "2019-12" to "2019-12-05" is a period, "2020" to "2019-12" is not), a `durationDays` of
  /// more days than an `Int` counts, a count or amount past a `Double`. Each was read as
  /// something else (a negative duration that "supported" a period, a fact dropped unseen, so
  /// that its claim showed no evidence); each is refused, as the same mistakes in a claim are.
  fileprivate init(json: JSONValue, problems: inout [DecodingProblem]) {
    self.init()
    var endLocation = json.location
    for member in json.objectMembers ?? [] {
      let value = member.value
      switch member.key {
      case "start": start = value.stringValue.flatMap(EvidenceDate.init(iso:))
      case "end":
        end = value.stringValue.flatMap(EvidenceDate.init(iso:))
        endLocation = value.location
      case "date": date = value.stringValue.flatMap(EvidenceDate.init(iso:))
      case "durationDays":
        durationDays = value.numberValue.flatMap(Self.wholeDays)
        if let number = value.numberValue, durationDays == nil {
          problems.append(
            DecodingProblem(
              at: value.location,
              "'durationDays' \(number.literal.prefix(40)) is more days than can be counted (at most \(Int.max))"
            ))
        }
      case "participants": participants = EvidenceItem.strings(value)
      case "location": location = EvidenceItem.strings(value)
      case "within":
        var places: [String: [String]] = [:]
        for place in value.objectMembers ?? [] {
          // JSON refuses a key given twice; a CSV cell can give a place twice.
          guard places[place.key] == nil else {
            problems.append(
              DecodingProblem(
                at: place.keyLocation, "'within' gives the place '\(place.key)' twice"))
            continue
          }
          places[place.key] = EvidenceItem.strings(place.value) ?? []
        }
        within = places
      case "count": count = Self.quantity(value, problems: &problems)
      case "amount": amount = Self.quantity(value, problems: &problems)
      case "quote": quote = value.stringValue
      case "speaker": speaker = value.stringValue
      case "role": role = value.stringValue
      case "venue": venue = value.stringValue
      case "event": event = value.stringValue
      case "organization": organization = value.stringValue
      case "outlet": outlet = value.stringValue
      default: break
      }
    }
    if let start, let end, end.last < start.first {
      problems.append(
        DecodingProblem(at: endLocation, Period.reversedMessage(start: start, end: end)))
    }
  }

  private static func quantity(_ value: JSONValue, problems: inout [DecodingProblem])
    -> Quantity?
  {
    guard let amount = value["amount"]?.numberValue, let unit = value["unit"]?.stringValue
    else { return nil }
    if !amount.doubleValue.isFinite {
      problems.append(
        DecodingProblem(
          at: value["amount"]?.location ?? value.location,
          Quantity.beyondRangeMessage("amount", amount)))
    }
    return Quantity(amount: amount, unit: unit)
  }
}
