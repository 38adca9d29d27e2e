package letstalk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The commit the benchmark ran on, marked when the working tree had changes. */
final class Git {

  private static String described;

  private Git() {
  }

  static synchronized String describe() {
    if (described == null) {
      String commit = output("git", "rev-parse", "--short=12", "HEAD");
      String changes = output("git", "status", "--porcelain", "--untracked-files=no");
      described = commit.isEmpty() ? "unknown" : commit + (changes.isEmpty() ? "" : " (with uncommitted changes)");
    }
    return described;
  }

  private static String output(String... command) {
    try {
      Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
