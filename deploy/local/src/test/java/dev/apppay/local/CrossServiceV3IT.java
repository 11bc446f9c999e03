package dev.apppay.local;

/** The cross-service scenarios with WeChat Pay API v3, on ports shifted by 12000. */
class CrossServiceV3IT extends CrossServiceScenarios {

  @Override
  String apiVersion() {
    return "V3";
  }

  @Override
  int portOffset() {
    return 12000;
  }

  @Override
  WeChatPayProtocol protocol(StackKeys keys) {
    return new V3Protocol(keys);
  }
}
