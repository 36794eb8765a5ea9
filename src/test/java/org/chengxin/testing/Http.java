package org.chengxin.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in, status + headers + body out. */
public final class Http {
  public static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  public Http(int port) {
    this("http://localhost:" + port, null);
  }

  private Http(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The same client, sending {@code Authorization: Bearer apiToken}. */
  public Http as(String apiToken) {
    return new Http(base, apiToken);
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String path, Object body) {
    return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(text(body))));
  }

  /** Posts a YAML document (schemes travel as YAML). */
  public Response postYaml(String path, String yaml) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(yaml)));
  }

  public Response put(String path, Object body) {
    return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
  }

  public Response delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  private HttpRequest.Builder json(String path, Object body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json");
  }

  private static String text(Object body) {
    return body instanceof String s ? s : JSON.writeValueAsString(body);
  }

  private Response send(HttpRequest.Builder request) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response; {@link #json()} parses the body. */
  public record Response(int status, String contentType, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }
}
