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
  /// passes and the checker cannot read as written (`Facts.init(json:problems:)`). Its
  /// publisher, page, title and the names and places of its facts are taken from `pool` when
  /// one is given (see `StringPool`); its id, excerpt, quote and note are its own.
  init(
    json: JSONValue, path: String, claimIDs: Set<String> = [], problems: inout [DecodingProblem],
    pool: StringPool? = nil
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
      case "source": source = Source(json: value, pool: pool)
      case "excerpt": excerpt = value.stringValue
      case "facts": facts = Facts(json: value, problems: &problems, pool: pool)
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
  fileprivate init(json: JSONValue, pool: StringPool?) {
    self.init(publisher: "")
    for member in json.objectMembers ?? [] {
      let text = member.value.stringValue.map { pool?.shared($0) ?? $0 }
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
  fileprivate init(json: JSONValue, problems: inout [DecodingProblem], pool: StringPool?) {
    self.init()
    let members = json.objectMembers ?? []
    reserveCapacity(members.count)
    let shared = { (text: String?) in text.map { pool?.shared($0) ?? $0 } }
    let names = { (value: JSONValue) in EvidenceItem.strings(value).map { pool?.shared($0) ?? $0 } }
    var endLocation = json.location
    for member in members {
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
      case "participants": participants = names(value)
      case "location": location = names(value)
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
          places[pool?.shared(place.key) ?? place.key] = names(place.value) ?? []
        }
        within = places
      case "count": count = Self.quantity(value, problems: &problems)
      case "amount": amount = Self.quantity(value, problems: &problems)
      case "quote": quote = value.stringValue
      case "speaker": speaker = shared(value.stringValue)
      case "role": role = shared(value.stringValue)
      case "venue": venue = shared(value.stringValue)
      case "event": event = shared(value.stringValue)
      case "organization": organization = shared(value.stringValue)
      case "outlet": outlet = shared(value.stringValue)
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
