package dev.apppay.query;

/** Names shared by the test classes' resource annotations. */
final class TestResources {

  static final String DATABASE = "query_service";

  private TestResources() {}
}
