package dev.apppay.local;

import dev.apppay.local.WeChatPayProtocol.Notification;
import dev.apppay.local.WeChatPayProtocol.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts notifications straight to notify-service, as WeChat Pay does, and returns the raw replies.
 */
final class NotifyEndpoint {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private NotifyEndpoint() {}

  static Reply post(String notifyServiceUrl, Notification notification) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(notifyServiceUrl + notification.path()))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(notification.body()));
    notification.headers().forEach(request::header);
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Posting the notification failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
