@testable import FactLedger

/// The claim decoders as they stood at 4c2eb9d, on `OracleFieldReader`: what the decoders
/// must still find, problem for problem, in the same order and at the same places.
enum OracleDecoders {
  static func claim(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Claim? {
    let keys: Set = [
      "id", "article", "draft", "kind", "text", "anchor", "attribution", "assertions", "note",
      "waivers", "reviews",
    ]
    guard let reader = OracleFieldReader(json, as: "claim", keys: keys, problems: &problems)
    else { return nil }
    let id = reader.string(
      "id", matching: Slug.expectation, problems: &problems, where: Slug.isValid)
    let article = reader.string(
      "article", matching: Slug.expectation, problems: &problems, where: Slug.isValid)
    let isDraft = reader.flag("draft", problems: &problems)
    let kind: ClaimKind? = reader.enumeration("kind", problems: &problems)
    let text = reader.string("text", problems: &problems)
    let anchor = nested("anchor", in: reader, isRequired: true, &problems, Self.anchor)
    let attribution = nested(
      "attribution", in: reader, isRequired: true, &problems, Self.attribution)
    let assertions = reader.records("assertions", problems: &problems, decode: Self.assertion)
    let note = reader.string("note", isRequired: false, problems: &problems)
    let waivers = reader.records("waivers", problems: &problems, decode: Self.recordWaiver)
    let reviews = reader.records("reviews", problems: &problems, decode: Self.review)
    guard let id, let article, let kind, let text, let anchor, let attribution else { return nil }
    return Claim(
      id: id, article: article, kind: kind, text: text, anchor: anchor, attribution: attribution,
      assertions: assertions, note: note, waivers: waivers, reviews: reviews, isDraft: isDraft)
  }

  /// `FieldReader.record(_:isRequired:problems:)` on the oracle.
  private static func nested<Nested>(
    _ key: String, in reader: OracleFieldReader, isRequired: Bool,
    _ problems: inout [DecodingProblem],
    _ decode: (JSONValue, inout [DecodingProblem]) -> Nested?
  ) -> Nested? {
    guard
      let value = isRequired ? reader.required(key, problems: &problems) : reader.value(key)
    else { return nil }
    return decode(value, &problems)
  }

  static func anchor(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Anchor? {
    let keys: Set = ["exact", "prefix", "suffix", "start", "end"]
    guard let reader = OracleFieldReader(json, as: "anchor", keys: keys, problems: &problems)
    else { return nil }
    let exact = reader.string("exact", problems: &problems)
    let prefix = reader.string("prefix", problems: &problems)
    let suffix = reader.string("suffix", problems: &problems)
    let start = reader.integer("start", problems: &problems)
    let end = reader.integer("end", problems: &problems)
    guard let exact, let prefix, let suffix, let start, let end else { return nil }
    guard start >= 0, start <= end else {
      problems.append(
        DecodingProblem(
          at: reader.location,
          "anchor offsets must satisfy 0 <= start <= end, not \(start) and \(end)"))
      return nil
    }
    return Anchor(exact: exact, prefix: prefix, suffix: suffix, start: start, end: end)
  }

  static func span(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> TextSpan? {
    guard
      let reader = OracleFieldReader(
        json, as: "cue", keys: ["exact", "start", "end"], problems: &problems)
    else { return nil }
    let exact = reader.string("exact", problems: &problems)
    let start = reader.integer("start", problems: &problems)
    let end = reader.integer("end", problems: &problems)
    guard let exact, let start, let end else { return nil }
    return TextSpan(exact: exact, start: start, end: end)
  }

  static func attribution(_ json: JSONValue, _ problems: inout [DecodingProblem])
    -> Attribution?
  {
    let keys: Set = ["type", "speaker", "vague", "outlet", "via", "cue", "carriedBy"]
    guard
      let reader = OracleFieldReader(json, as: "attribution", keys: keys, problems: &problems)
    else { return nil }
    let kind: Attribution.Kind? = reader.enumeration("type", problems: &problems)
    let speaker = nested("speaker", in: reader, isRequired: false, &problems, Self.speaker)
    let isVague = reader.flag("vague", problems: &problems)
    let outlet = reader.string(
      "outlet", isRequired: false, matching: Slug.expectation, problems: &problems,
      where: Slug.isValid)
    let via = reader.strings("via", problems: &problems)
    let cue = nested("cue", in: reader, isRequired: false, &problems, Self.span)
    let carriedBy = reader.string(
      "carriedBy", isRequired: false, matching: Slug.expectation, problems: &problems,
      where: Slug.isValid)
    guard let kind else { return nil }
    if kind == .contextual, carriedBy == nil {
      problems.append(
        DecodingProblem(
          at: reader.location,
          "a contextual attribution must name the record that carries it in 'carriedBy'"))
    }
    if kind == .none, speaker != nil || outlet != nil || cue != nil {
      problems.append(
        DecodingProblem(
          at: reader.location, "an attribution of type 'none' cannot name a speaker, outlet or cue")
      )
    }
    return Attribution(
      kind: kind, speaker: speaker, isVague: isVague, outlet: outlet, via: via, cue: cue,
      carriedBy: carriedBy)
  }

  static func speaker(_ json: JSONValue, _ problems: inout [DecodingProblem]) -> Speaker? {
    let keys: Set = ["name", "role", "organization", "description"]
    guard let reader = OracleFieldReader(json, as: "speaker", keys: keys, problems: &problems)
    else { return nil }
    let speaker = Speaker(
      name: reader.string("name", isRequired: false, problems: &problems),
      role: reader.string("role", isRequired: false, problems: &problems),
      organization: reader.string("organization", isRequired: false, problems: &problems),
      description: reader.string("description", isRequired: false, problems: &problems))
    if speaker.name == nil, speaker.role == nil, speaker.organization == nil,
      speaker.description == nil
    {
      problems.append(
        DecodingProblem(
          at: reader.location,
          "a speaker needs at least one of 'name', 'role', 'organization', 'description'"))
    }
    return speaker
  }
}
