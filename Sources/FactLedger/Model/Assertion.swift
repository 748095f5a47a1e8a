/// One checkable part of a claim, typed so that a checker can compare it with evidence.
public struct Assertion: Sendable, Equatable {
  /// What the assertion is about; each field has one shape of value.
  public enum Field: String, Sendable, CaseIterable {
    /// Who took part (a set of entities).
    case participants
    /// Where (a set of places).
    case location
    /// When (a period of days).
    case period
    /// How long (a quantity of time).
    case duration
    /// How many (a quantity).
    case count
    /// How much (a quantity with a unit).
    case amount
    /// The exact words of a quote.
    case quote
    /// Who spoke.
    case speaker
    /// The speaker's post or rank.
    case role
    /// Where the words were spoken: an exhibition, a press conference.
    case venue
    /// The named event: "Vostok-2018".
    case event
    /// The body a person belongs to.
    case organization
    /// The outlet that published the words.
    case outlet
    /// A statement that has no structured shape: "the first exercise of its kind".
    case proposition

    /// The shape of value this field takes.
    public var shape: Assertion.Value.Shape {
      switch self {
      case .participants, .location: .set
      case .period: .period
      case .duration, .count, .amount: .quantity
      case .quote, .speaker, .role, .venue, .event, .organization, .outlet, .proposition: .text
      }
    }
  }

  /// The value of an assertion.
  public enum Value: Sendable, Equatable {
    /// Names of entities or places.
    case set([String])
    /// A span of days.
    case period(Period)
    /// A number with a unit.
    case quantity(Quantity)
    /// Words.
    case text(String)

    /// The four shapes a value takes.
    public enum Shape: String, Sendable {
      case set, period, quantity, text
    }
  }

  /// What the assertion is about.
  public var field: Field
  /// The article's own words for it ("in December", "four-day"), when they differ from the value.
  public var text: String?
  /// The typed value.
  public var value: Value

  /// Creates an assertion.
  public init(field: Field, text: String? = nil, value: Value) {
    self.field = field
    self.text = text
    self.value = value
  }
}

/// A span of calendar days, inclusive at both ends.
public struct Period: Sendable, Equatable {
  /// The first day.
  public var start: CalendarDate
  /// The last day.
  public var end: CalendarDate
  /// Whether the article's words are fuzzy ("late 2018") and the span a reading of them.
  public var isApproximate: Bool

  /// Creates a period.
  public init(start: CalendarDate, end: CalendarDate, isApproximate: Bool = false) {
    self.start = start
    self.end = end
    self.isApproximate = isApproximate
  }
}

/// A number with its unit.
///
/// The amount and tolerance keep their literal text (`4.50` stays `4.50`), so a claim file
/// rewritten with a new review changes nowhere else.
public struct Quantity: Sendable, Equatable {
  /// The number, as written.
  public var amount: JSONNumber
  /// The unit, singular: "day", "ship", "percent".
  public var unit: String
  /// How far another figure may differ and still agree ("about 3,000": 200); exact when `nil`.
  public var tolerance: JSONNumber?

  /// Creates a quantity.
  public init(amount: JSONNumber, unit: String, tolerance: JSONNumber? = nil) {
    self.amount = amount
    self.unit = unit
    self.tolerance = tolerance
  }

  /// The amount, as a number to compute with.
  public var value: Double { amount.doubleValue }

  /// Whether `other`, in the same unit, agrees with this figure within its tolerance.
  public func agrees(with other: Double) -> Bool {
    abs(other - value) <= (tolerance?.doubleValue ?? 0)
  }
}
