import Testing

@testable import FactLedger

@Suite("The environment factledger runs git in")
struct GitEnvironmentTests {
  @Test("outside a hook the environment is passed as it is")
  func plain() {
    let inherited = ["PATH": "/usr/bin", "HOME": "/root"]
    #expect(
      Git.environment(inherited, currentFolder: "/repo", resolve: { _ in ("/x", "/y") })
        == inherited)
  }

  @Test("a hook's relative index is made absolute against the hook's folder")
  func index() {
    let environment = Git.environment(
      ["GIT_INDEX_FILE": ".git/index"], currentFolder: "/repo", resolve: { _ in nil })
    #expect(environment == ["GIT_INDEX_FILE": "/repo/.git/index"])
  }

  @Test("with a hook's GIT_DIR, the git folder and working tree are what git says from here")
  func hook() {
    var asked: [String: String] = [:]
    let environment = Git.environment(
      ["GIT_DIR": ".git/worktrees/wt", "GIT_INDEX_FILE": "index"], currentFolder: "/repo/wt",
      resolve: { environment in
        asked = environment
        return ("/repo/.git/worktrees/wt", "/elsewhere/wt")
      })
    #expect(asked["GIT_INDEX_FILE"] == "/repo/wt/index")
    #expect(environment["GIT_DIR"] == "/repo/.git/worktrees/wt")
    #expect(environment["GIT_WORK_TREE"] == "/elsewhere/wt")
    let bare = Git.environment(["GIT_DIR": "/repo.git"], currentFolder: "/", resolve: { _ in nil })
    #expect(bare == ["GIT_DIR": "/repo.git"])
  }
}
