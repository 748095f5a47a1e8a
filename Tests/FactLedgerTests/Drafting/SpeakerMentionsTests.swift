import Testing

@testable import FactLedger

/// The people an article names, asked "who is Putin here?", "who is the analyst?", "who spoke
/// last?": the indexed mentions answer as a walk back over every mention answers, which is
/// what extraction did before it was made linear.
@Suite("Speaker mentions")
struct SpeakerMentionsTests {
  /// The mentions as they were: a list in text order, walked back for every question.
  struct WalkedMentions {
    var mentions: [(offset: Int, speaker: Speaker)] = []

    mutating func add(_ speaker: Speaker, at offset: Int) {
      guard speaker.name != nil else { return }
      let index = mentions.lastIndex { $0.offset <= offset }.map { $0 + 1 } ?? 0
      mentions.insert((offset, speaker), at: index)
    }

    func lastPerson(before offset: Int) -> Speaker? {
      mentions.last { $0.offset < offset }?.speaker
    }

    func lastPerson(withPost noun: String, before offset: Int) -> Speaker? {
      guard RoleLexicon.isHead(noun) else { return nil }
      return mentions.last { mention in
        guard mention.offset < offset, let role = mention.speaker.role else { return false }
        return role.lowercased().split(separator: " ").last.map(String.init) == noun
      }?.speaker
    }

    func person(named name: String, before offset: Int) -> Speaker? {
      let parts = Set(name.split(separator: " ").map(String.init))
      return mentions.last { mention in
        guard mention.offset < offset, let full = mention.speaker.name else { return false }
        let fullParts = full.split(separator: " ").map(String.init)
        return fullParts.count > parts.count && parts.isSubset(of: fullParts)
      }?.speaker
    }
  }

  static let words = ["Vladimir", "Putin", "Sam", "Bendett", "Li", "Tahani", "Ivan", "Smith", ""]
  static let posts = [nil, "analyst", "senior analyst", "President", "rear admiral", "Analyst", ""]

  @Test("random mentions and questions get the answers a walk over every mention gives")
  func sameAnswers() {
    // A failure names its seed: `SplitMix64(seed:)` with it replays the run.
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SplitMix64(seed: seed)
    for round in 0..<300 {
      var indexed = SpeakerMentions()
      var walked = WalkedMentions()
      func name() -> String {
        (0..<Int.random(in: 0...3, using: &generator)).map { _ in
          Self.words.randomElement(using: &generator)!
        }.joined(separator: " ")
      }
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        // Offsets repeat and come out of order, as credentials and cues add them.
        let offset = Int.random(in: 0...60, using: &generator)
        let speaker = Speaker(
          name: Bool.random(using: &generator) || round % 7 == 0 ? name() : nil,
          role: Self.posts.randomElement(using: &generator)!, description: "at \(offset)")
        indexed.add(speaker, at: offset)
        walked.add(speaker, at: offset)
      }
      #expect(indexed.mentions.map(\.speaker) == walked.mentions.map(\.speaker), "seed \(seed)")
      for offset in -1...62 {
        let asked = name()
        #expect(
          indexed.person(named: asked, before: offset)
            == walked.person(named: asked, before: offset),
          "'\(asked)' before \(offset) (seed \(seed))")
        #expect(
          indexed.lastPerson(before: offset) == walked.lastPerson(before: offset), "seed \(seed)")
        for noun in ["analyst", "president", "admiral", "Analyst", ""] {
          #expect(
            indexed.lastPerson(withPost: noun, before: offset)
              == walked.lastPerson(withPost: noun, before: offset),
            "\(noun) before \(offset) (seed \(seed))")
        }
      }
    }
  }

  @Test("a surname is the latest full name that holds it, named before, never after")
  func surname() {
    var people = SpeakerMentions()
    people.add(Speaker(name: "Vladimir Putin", role: "President"), at: 10)
    people.add(Speaker(name: "Putin"), at: 20)
    people.add(Speaker(name: "Sam Bendett", role: "an analyst"), at: 30)
    people.add(Speaker(name: "Dmitry Putin"), at: 40)
    #expect(people.person(named: "Putin", before: 35)?.name == "Vladimir Putin")
    #expect(people.person(named: "Putin", before: 41)?.name == "Dmitry Putin")
    #expect(people.person(named: "Putin", before: 10) == nil)
    #expect(people.person(named: "Vladimir Putin", before: 50) == nil)
    #expect(people.lastPerson(withPost: "analyst", before: 31)?.name == "Sam Bendett")
    #expect(people.lastPerson(withPost: "analyst", before: 30) == nil)
    #expect(people.lastPerson(before: 40)?.name == "Sam Bendett")
  }
}
