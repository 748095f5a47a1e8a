import Testing

@testable import FactLedger

@Suite("The environment factledger runs git in")
struct GitEnvironmentTests {
  @Test("outside a hook the environment is passed as it is")
  func plain() {
    let inherited = ["PATH": "/usr/bin", "GIT_INDEX_FILE": ".git/index"]
    #expect(Git.environment(inherited, currentFolder: "/repo") == inherited)
  }

  @Test("a hook's GIT_DIR is made absolute, and its working tree pinned to the hook's folder")
  func hook() {
    let environment = Git.environment(["GIT_DIR": ".git/worktrees/wt"], currentFolder: "/repo/wt")
    #expect(environment["GIT_DIR"] == "/repo/wt/.git/worktrees/wt")
    #expect(environment["GIT_WORK_TREE"] == "/repo/wt")
    let given = Git.environment(
      ["GIT_DIR": "/repo/.git", "GIT_WORK_TREE": "/elsewhere"], currentFolder: "/repo")
    #expect(given == ["GIT_DIR": "/repo/.git", "GIT_WORK_TREE": "/elsewhere"])
  }
}
