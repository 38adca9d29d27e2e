package org.letstalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP port the application sends notices to in tests: free when the test JVM started, so test runs side by side
 * do not meet. Tests that read the mail start GreenMail on it; elsewhere nothing listens and nothing is sent.
 */
public final class TestMailServer {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = freePort();

  private TestMailServer() {
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
