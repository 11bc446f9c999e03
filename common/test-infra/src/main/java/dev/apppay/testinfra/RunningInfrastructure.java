package dev.apppay.testinfra;

/**
 * Servers that are already running, known by their addresses and credentials only. Closing it
 * leaves the servers running, because the code that started them also stops them.
 */
record RunningInfrastructure(
    String postgresAddress, String username, String password, String bootstrapServers)
    implements Infrastructure {

  @Override
  public void close() {
    // The shutdown hook of SharedInfrastructure stops the servers.
  }
}
