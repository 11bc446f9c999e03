package dev.apppay.local;

/** The cross-service scenarios with WeChat Pay API v2, on ports shifted by 13000. */
class CrossServiceV2IT extends CrossServiceScenarios {

  @Override
  String apiVersion() {
    return "V2";
  }

  @Override
  int portOffset() {
    return 13000;
  }

  @Override
  WeChatPayProtocol protocol(StackKeys keys) {
    return new V2Protocol(keys);
  }
}
