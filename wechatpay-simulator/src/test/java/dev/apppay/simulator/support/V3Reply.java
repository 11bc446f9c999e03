package dev.apppay.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** A raw v3 reply: status, headers and exact body. */
public record V3Reply(HttpResponse<byte[]> response) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public int status() {
    return response.statusCode();
  }

  public String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  public byte[] body() {
    return response.body();
  }

  public JsonNode json() throws Exception {
    return JSON.readTree(response.body());
  }
}
