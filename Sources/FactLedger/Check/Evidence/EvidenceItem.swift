/// One piece of evidence: a source, its words, and structured facts bearing on some claims.
public struct EvidenceItem: Sendable, Equatable {
  /// What the user says the evidence does to its claims, when they say it.
  public enum Stance: String, Sendable, CaseIterable {
    case supports, refutes
  }

  /// Where the evidence was published.
  public struct Source: Sendable, Equatable {
    public var publisher: String
    public var url: String?
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as far as the page shows it.
    public var published: String?
    public var title: String?
  }

  /// The fields, shared by the copies of this item until one of them changes something: an
  /// item is copied for every claim it bears on, and a copy of its fields is a reference count
  /// for every string, of a box one.
  private var box: Box

  /// The fields, read in place; a change is made to a copy, which becomes the item's new box.
  private var fields: Fields {
    _read { yield box.fields }
    _modify {
      var fields = box.fields
      defer { box = Box(fields) }
      yield &fields
    }
  }

  public var id: String {
    _read { yield fields.id }
    _modify { yield &fields.id }
  }

  public var claims: [String] {
    _read { yield fields.claims }
    _modify { yield &fields.claims }
  }

  public var stance: Stance? {
    _read { yield fields.stance }
    _modify { yield &fields.stance }
  }

  public var source: Source {
    _read { yield fields.source }
    _modify { yield &fields.source }
  }

  public var excerpt: String? {
    _read { yield fields.excerpt }
    _modify { yield &fields.excerpt }
  }

  public var facts: Facts {
    _read { yield fields.facts }
    _modify { yield &fields.facts }
  }

  public var note: String? {
    _read { yield fields.note }
    _modify { yield &fields.note }
  }

  /// The file the item stands in.
  public var path: String {
    _read { yield fields.path }
    _modify { yield &fields.path }
  }

  /// The line and column where the item starts in its file.
  public var location: SourceLocation {
    _read { yield fields.location }
    _modify { yield &fields.location }
  }

  init(
    id: String, claims: [String], stance: Stance?, source: Source, excerpt: String?, facts: Facts,
    note: String?, path: String, location: SourceLocation
  ) {
    box = Box(
      Fields(
        id: id, claims: claims, stance: stance, source: source, excerpt: excerpt, facts: facts,
        note: note, path: path, location: location))
  }

  public static func == (lhs: EvidenceItem, rhs: EvidenceItem) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  /// What an item holds.
  private struct Fields: Sendable, Equatable {
    var id: String
    var claims: [String]
    var stance: Stance?
    var source: Source
    var excerpt: String?
    var facts: Facts
    var note: String?
    var path: String
    var location: SourceLocation
  }

  /// An item's fields on the heap. They are a constant, read in place (a variable of a class
  /// is copied out, or its access checked, on every read); a change makes a new box.
  private final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
