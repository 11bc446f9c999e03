package dev.apppay.wechatpay.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that hostile v2 bodies are rejected without touching files or the network. The payloads
 * point at a secret file or at an HTTP server on 127.0.0.1, and each test checks that the secret
 * does not appear and that the server receives no request.
 */
class XmlExternalEntityTest {

  private static final String SECRET = "secret-content-7f3a";
  private static final String REJECTION = "XML body contains a DOCTYPE or ENTITY declaration";

  @TempDir Path directory;

  private final XmlCodec codec = new XmlCodec();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private String fileUrl;
  private String httpUrl;

  @BeforeEach
  void startServer() throws Exception {
    Path secret = Files.writeString(directory.resolve("secret.txt"), SECRET);
    fileUrl = secret.toUri().toString();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> countAndClose(exchange));
    server.start();
    httpUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void externalFileEntityRejected() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \""
            + fileUrl
            + "\">]>"
            + "<xml><a>&x;</a></xml>";

    assertRejectedWithoutAccess(xml);
  }

  @Test
  void externalHttpEntityRejected() {
    String xml = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"" + httpUrl + "\">]><xml><a>&x;</a></xml>";

    assertRejectedWithoutAccess(xml);
  }

  @Test
  void externalDtdRejected() {
    String xml = "<!DOCTYPE xml SYSTEM \"" + httpUrl + "\"><xml><a>1</a></xml>";

    assertRejectedWithoutAccess(xml);
  }

  @Test
  void parameterEntityRejected() {
    String xml = "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"" + httpUrl + "\"> %p;]><xml><a>1</a></xml>";

    assertRejectedWithoutAccess(xml);
  }

  @Test
  void entityExpansionRejected() {
    String xml =
        "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><xml><a>&c;</a></xml>";

    assertRejectedWithoutAccess(xml);
  }

  @Test
  void lowerCaseDoctypeRejected() {
    String xml = "<!doctype xml [<!entity x SYSTEM \"" + fileUrl + "\">]><xml><a>&x;</a></xml>";

    assertRejectedWithoutAccess(xml);
  }

  @Test
  void undeclaredEntityReferenceRejected() {
    assertThatThrownBy(() -> codec.decode("<xml><a>&x;</a></xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessageStartingWith("XML body is not well-formed");
  }

  @Test
  void utf16DoctypeRejected() {
    String xml = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"" + fileUrl + "\">]><xml><a>&x;</a></xml>";
    byte[] body = xml.getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(() -> codec.decode(body)).isInstanceOf(XmlFormatException.class);
    assertThat(requests).hasValue(0);
  }

  @Test
  void parserAloneRejectsExternalEntity() {
    String xml =
        "<!DOCTYPE xml [<!ENTITY x SYSTEM \""
            + fileUrl
            + "\"><!ENTITY y SYSTEM \""
            + httpUrl
            + "\">]><xml><a>&x;&y;</a></xml>";

    assertParserRejectsWithoutAccess(xml);
  }

  @Test
  void parserAloneRejectsExternalDtd() {
    assertParserRejectsWithoutAccess(
        "<!DOCTYPE xml SYSTEM \"" + httpUrl + "\"><xml><a>1</a></xml>");
  }

  /** Bypasses the textual check to prove the hardened parser refuses DTDs by itself. */
  private void assertParserRejectsWithoutAccess(String xml) {
    assertThatThrownBy(() -> new FlatXmlReader(10).read(xml))
        .isInstanceOf(XmlFormatException.class)
        .satisfies(e -> assertThat(stackTextOf(e)).doesNotContain(SECRET));
    assertThat(requests).hasValue(0);
  }

  private void assertRejectedWithoutAccess(String xml) {
    assertThatThrownBy(() -> codec.decode(xml))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage(REJECTION)
        .satisfies(e -> assertThat(stackTextOf(e)).doesNotContain(SECRET));
    assertThat(requests).hasValue(0);
  }

  private static String stackTextOf(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  private void countAndClose(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }
}
