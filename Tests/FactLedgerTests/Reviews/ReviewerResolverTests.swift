import TestSupport
import Testing

@testable import FactLedger

@Suite("The reviewer: --by, else FACTLEDGER_REVIEWER, else git config user.name")
struct ReviewerResolverTests {
  private static func resolver(environment: [String: String] = [:], git: String? = nil)
    -> ReviewerResolver
  {
    ReviewerResolver(environment: environment, gitUserName: { git })
  }

  @Test("a name given with --by wins over the environment and git")
  func givenName() throws {
    let resolver = Self.resolver(environment: ["FACTLEDGER_REVIEWER": "Night desk"], git: "Ada")
    #expect(try resolver.reviewer(given: "Standards desk") == "Standards desk")
  }

  @Test("without --by, FACTLEDGER_REVIEWER wins over git")
  func environment() throws {
    let resolver = Self.resolver(environment: ["FACTLEDGER_REVIEWER": "Night desk"], git: "Ada")
    #expect(try resolver.reviewer(given: nil) == "Night desk")
    #expect(try resolver.reviewer(given: "") == "Night desk")
  }

  @Test("without --by or FACTLEDGER_REVIEWER, git's user.name is used")
  func git() throws {
    #expect(try Self.resolver(git: "Ada").reviewer(given: nil) == "Ada")
    let empty = Self.resolver(environment: ["FACTLEDGER_REVIEWER": ""], git: "Ada")
    #expect(try empty.reviewer(given: "") == "Ada")
  }

  @Test("git is asked only when --by and the environment name no one")
  func gitAskedLast() throws {
    let resolver = ReviewerResolver(
      environment: ["FACTLEDGER_REVIEWER": "Night desk"],
      gitUserName: {
        Issue.record("git was asked")
        return nil
      })
    #expect(try resolver.reviewer(given: nil) == "Night desk")
  }

  @Test("with no name anywhere, or only empty ones, no reviewer is refused with how to give one")
  func none() {
    for resolver in [
      Self.resolver(), Self.resolver(environment: ["FACTLEDGER_REVIEWER": ""], git: ""),
    ] {
      #expect(throws: ReviewerResolver.Failure.noReviewer) { try resolver.reviewer(given: "") }
    }
    #expect(
      ReviewerResolver.Failure.noReviewer.message
        == "no reviewer: pass --by NAME, set FACTLEDGER_REVIEWER, or set git config user.name")
  }
}
