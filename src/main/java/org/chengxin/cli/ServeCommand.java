package org.chengxin.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the API on a port until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the API (and portal) on --port with the chosen store.")
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  int port;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 1 and 65535");
    }
    StoreOptions.Opened opened = store.open();
    Map<String, Object> props = opened.springProperties();
    props.put("server.port", port);
    var context = Spring.web(props);
    System.out.println(
        "Chengxin serves http://localhost:"
            + port
            + "/  (health: /health, API: /api/openapi.json)");
    CountDownLatch stopped = new CountDownLatch(1);
    context.addApplicationListener(e -> {
      if (e instanceof org.springframework.context.event.ContextClosedEvent) {
        stopped.countDown();
      }
    });
    stopped.await();
    opened.close();
    return 0;
  }
}
