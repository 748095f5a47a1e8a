extension EvidenceItem {
  /// The structured facts that the checker compares with the claims' assertions.
  ///
  /// Only the facts given take room: an item states three or four of the sixteen, and the
  /// sixteen as fields took about 420 bytes of every item, given or not.
  public struct Facts: Sendable, Equatable {
    /// The facts given, at most one per name, in the order of `Name` (so equal facts are
    /// equal arrays).
    private var given: [Fact] = []

    /// Facts; one that is `nil`, or an empty `within`, is not given.
    public init(
      start: EvidenceDate? = nil, end: EvidenceDate? = nil, date: EvidenceDate? = nil,
      durationDays: Int? = nil, participants: [String]? = nil, location: [String]? = nil,
      within: [String: [String]] = [:], count: Quantity? = nil, amount: Quantity? = nil,
      quote: String? = nil, speaker: String? = nil, role: String? = nil, venue: String? = nil,
      event: String? = nil, organization: String? = nil, outlet: String? = nil
    ) {
      let all: [Fact?] = [
        start.map { Fact(.start, .date($0)) }, end.map { Fact(.end, .date($0)) },
        date.map { Fact(.date, .date($0)) }, durationDays.map { Fact(.durationDays, .number($0)) },
        participants.map { Fact(.participants, .names($0)) },
        location.map { Fact(.location, .names($0)) },
        within.isEmpty ? nil : Fact(.within, .places(within)),
        count.map { Fact(.count, .quantity($0)) }, amount.map { Fact(.amount, .quantity($0)) },
        quote.map { Fact(.quote, .text($0)) }, speaker.map { Fact(.speaker, .text($0)) },
        role.map { Fact(.role, .text($0)) }, venue.map { Fact(.venue, .text($0)) },
        event.map { Fact(.event, .text($0)) },
        organization.map { Fact(.organization, .text($0)) },
        outlet.map { Fact(.outlet, .text($0)) },
      ]
      given = all.compactMap { $0 }
    }

    /// The first day, month or year of what the evidence reports.
    public var start: EvidenceDate? {
      get { date(.start) }
      set { set(.start, newValue.map(Value.date)) }
    }
    /// The last day, month or year.
    public var end: EvidenceDate? {
      get { date(.end) }
      set { set(.end, newValue.map(Value.date)) }
    }
    /// The single day (or month, or year), for a one-day event or a statement.
    public var date: EvidenceDate? {
      get { date(.date) }
      set { set(.date, newValue.map(Value.date)) }
    }
    public var durationDays: Int? {
      get { if case .number(let days)? = value(.durationDays) { days } else { nil } }
      set { set(.durationDays, newValue.map(Value.number)) }
    }
    public var participants: [String]? {
      get { names(.participants) }
      set { set(.participants, newValue.map(Value.names)) }
    }
    public var location: [String]? {
      get { names(.location) }
      set { set(.location, newValue.map(Value.names)) }
    }
    /// Places inside others, as the evidence states them: place to its containers.
    public var within: [String: [String]] {
      get { if case .places(let places)? = value(.within) { places } else { [:] } }
      set { set(.within, newValue.isEmpty ? nil : .places(newValue)) }
    }
    public var count: Quantity? {
      get { quantity(.count) }
      set { set(.count, newValue.map(Value.quantity)) }
    }
    public var amount: Quantity? {
      get { quantity(.amount) }
      set { set(.amount, newValue.map(Value.quantity)) }
    }
    public var quote: String? {
      get { text(.quote) }
      set { set(.quote, newValue.map(Value.text)) }
    }
    public var speaker: String? {
      get { text(.speaker) }
      set { set(.speaker, newValue.map(Value.text)) }
    }
    public var role: String? {
      get { text(.role) }
      set { set(.role, newValue.map(Value.text)) }
    }
    public var venue: String? {
      get { text(.venue) }
      set { set(.venue, newValue.map(Value.text)) }
    }
    public var event: String? {
      get { text(.event) }
      set { set(.event, newValue.map(Value.text)) }
    }
    public var organization: String? {
      get { text(.organization) }
      set { set(.organization, newValue.map(Value.text)) }
    }
    public var outlet: String? {
      get { text(.outlet) }
      set { set(.outlet, newValue.map(Value.text)) }
    }

    /// Makes room for `count` facts, so that reading them does not grow the array by steps
    /// (and leave it up to twice their size).
    mutating func reserveCapacity(_ count: Int) {
      given.reserveCapacity(count)
    }

    // MARK: - Storage

    /// The facts an item may give, in the order they are kept.
    private enum Name: UInt8, Sendable {
      case start, end, date, durationDays, participants, location, within, count, amount
      case quote, speaker, role, venue, event, organization, outlet
    }

    /// What a fact says.
    private enum Value: Sendable, Equatable {
      case date(EvidenceDate)
      case number(Int)
      case names([String])
      case places([String: [String]])
      /// Boxed: a quantity is three strings, and the largest case sets the room of all.
      indirect case quantity(Quantity)
      case text(String)
    }

    /// One fact given.
    private struct Fact: Sendable, Equatable {
      var value: Value
      var name: Name

      init(_ name: Name, _ value: Value) {
        self.name = name
        self.value = value
      }
    }

    private func value(_ name: Name) -> Value? {
      given.first { $0.name == name }?.value
    }

    private func date(_ name: Name) -> EvidenceDate? {
      if case .date(let date)? = value(name) { date } else { nil }
    }

    private func names(_ name: Name) -> [String]? {
      if case .names(let names)? = value(name) { names } else { nil }
    }

    private func quantity(_ name: Name) -> Quantity? {
      if case .quantity(let quantity)? = value(name) { quantity } else { nil }
    }

    private func text(_ name: Name) -> String? {
      if case .text(let text)? = value(name) { text } else { nil }
    }

    /// Gives the fact `name` as `value`, or takes it away when `value` is `nil`.
    private mutating func set(_ name: Name, _ value: Value?) {
      let position = given.firstIndex { $0.name.rawValue >= name.rawValue } ?? given.endIndex
      let isGiven = position < given.endIndex && given[position].name == name
      switch (value, isGiven) {
      case (let value?, true): given[position].value = value
      case (let value?, false): given.insert(Fact(name, value), at: position)
      case (nil, true): given.remove(at: position)
      case (nil, false): break
      }
    }
  }
}
