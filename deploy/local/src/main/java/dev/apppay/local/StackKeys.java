package dev.apppay.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Test credentials of the local stack, generated on first run into {@code DATA/keys} (mode 600) and
 * reused afterwards. They are throwaway values for the simulator and never leave this machine.
 */
public record StackKeys(
    String v2ApiKey,
    String v3ApiKey,
    String merchantPrivateKeyPem,
    String merchantPublicKeyPem,
    String merchantSerialNumber,
    String platformPrivateKeyPem,
    String platformPublicKeyPem,
    String platformPublicKeyId,
    String jwtPrivateKeyPem,
    String jwtPublicKeyPem) {

  public static final String APP_ID = "wx9f3c1d2e4b5a6c7d";
  public static final String MCH_ID = "1900012345";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /**
   * Loads the keys from {@code DATA/keys}, generating each missing one.
   *
   * @throws DataFolderException when the folder cannot be created or written
   */
  public static StackKeys ofDataFolder(Path dataDir) {
    try {
      return loadOrCreate(dataDir.resolve("keys"));
    } catch (IOException e) {
      throw new DataFolderException(dataDir, e);
    }
  }

  /** Loads the keys from {@code dir}, generating each missing one. */
  public static StackKeys loadOrCreate(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    KeyFiles files = new KeyFiles(dir);
    String[] merchant = files.keyPair("merchant");
    String[] platform = files.keyPair("platform");
    String[] jwt = files.keyPair("jwt");
    return new StackKeys(
        files.text("v2-api-key", () -> randomText(32)),
        files.text("v3-api-key", () -> randomText(32)),
        merchant[0],
        merchant[1],
        files.text("merchant-serial-number", StackKeys::serialNumber),
        platform[0],
        platform[1],
        files.text("platform-public-key-id", StackKeys::publicKeyId),
        jwt[0],
        jwt[1]);
  }

  public PrivateKey jwtPrivateKey() {
    try {
      byte[] der = Base64.getMimeDecoder().decode(stripPem(jwtPrivateKeyPem));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Invalid JWT private key in the keys folder", e);
    }
  }

  private static String stripPem(String pem) {
    return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }

  private static String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return text.toString();
  }

  private static String serialNumber() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }

  private static String publicKeyId() {
    StringBuilder digits = new StringBuilder("PUB_KEY_ID_01" + MCH_ID);
    while (digits.length() < "PUB_KEY_ID_".length() + 34) {
      digits.append(RANDOM.nextInt(10));
    }
    return digits.toString();
  }

  @Override
  public String toString() {
    return "StackKeys[merchantSerialNumber=" + merchantSerialNumber + ", secrets hidden]";
  }

  /** Reads and writes one folder of key files. */
  private record KeyFiles(Path dir) {

    String text(String name, java.util.function.Supplier<String> generator) throws IOException {
      Path file = dir.resolve(name + ".txt");
      if (!Files.exists(file)) {
        writePrivate(file, generator.get());
      }
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    String[] keyPair(String name) throws IOException {
      Path privateFile = dir.resolve(name + "-private.pem");
      Path publicFile = dir.resolve(name + "-public.pem");
      if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
        KeyPair pair = generateRsa();
        writePrivate(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        writePrivate(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      }
      return new String[] {Files.readString(privateFile), Files.readString(publicFile)};
    }

    private static KeyPair generateRsa() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("RSA key generation is unavailable", e);
      }
    }

    private static String pem(String type, byte[] der) {
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
      return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writePrivate(Path file, String content) throws IOException {
      Files.writeString(file, content, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
