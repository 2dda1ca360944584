package cn.gov.sh.tradesecret.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a real server, for faults as operators meet them: {@link #hang()} keeps
 * every connection open but passes no byte either way (a server frozen or a network black hole),
 * {@link #cut()} closes every connection and refuses new ones (a server down), {@link #restore()}
 * carries traffic again. Stopped by {@link #close()}; its threads are daemons.
 */
public final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final ServerSocket listener;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean hung;
  private volatile boolean cut;

  private TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "tcp-proxy-" + listener.getLocalPort());
    accepting.setDaemon(true);
    accepting.start();
  }

  /** A proxy on a free loopback port to {@code targetPort} on loopback. */
  public static TcpProxy to(int targetPort) {
    try {
      return new TcpProxy(targetPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Connections stay open, bytes stop: reads on either side wait. */
  public void hang() {
    hung = true;
  }

  /** Every connection is closed and new ones are closed at once. */
  public void cut() {
    cut = true;
    sockets.forEach(TcpProxy::closeQuietly);
    sockets.clear();
  }

  public void restore() {
    hung = false;
    cut = false;
  }

  @Override
  public void close() {
    closeQuietly(listener);
    cut();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket();
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // the listener was closed, or the target refused: the client sees its connection end
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  while (hung && !cut) {
                    Thread.sleep(20);
                  }
                  if (cut) {
                    break;
                  }
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed: close the other
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
