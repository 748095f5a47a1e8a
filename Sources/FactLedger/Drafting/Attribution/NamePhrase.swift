/// A name as the article gives it, with the post and body written before it: "Russian
/// President Vladimir Putin", "Chinese Foreign Ministry spokesperson Geng Shuang", or a body's
/// own name ("Russian International Affairs Council").
struct NamePhrase: Sendable, Equatable {
  /// All its words (post and body included), as indices of `TextWords`.
  var words: Range<Int>
  /// The words of the name itself; empty for a post with no name ("a spokesperson").
  var nameWords: Range<Int>
  /// The name as it stands; `nil` when only a post is given.
  var name: String?
  /// The post before the name ("deputy CEO").
  var role: String?
  /// The body before the post ("Tecmash Research and Production Group"; "Russia" for
  /// "Russian").
  var organization: String?
  /// Whether the name is a body's, not a person's.
  var isOrganization: Bool

  /// The speaker the phrase names.
  var speaker: Speaker {
    isOrganization
      ? Speaker(role: role, organization: name ?? organization)
      : Speaker(name: name, role: role, organization: organization)
  }

  /// Whether it names a person.
  var isPerson: Bool { !isOrganization && name != nil }
}
