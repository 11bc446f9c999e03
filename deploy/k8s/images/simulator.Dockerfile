# Image of the WeChat Pay simulator (dev overlay only). The module builds a single runnable jar,
# not a Quarkus fast-jar, so it has its own recipe. From the repository root:
#   ./mvnw -B package -DskipTests -pl wechatpay-simulator -am
#   docker build -f deploy/k8s/images/simulator.Dockerfile -t apppay/wechatpay-simulator:0.1.0 .
ARG JAVA_IMAGE=eclipse-temurin:17-jre
FROM ${JAVA_IMAGE}

ARG APP_UID=10001
RUN groupadd --system --gid "${APP_UID}" apppay \
 && useradd --system --uid "${APP_UID}" --gid apppay --no-create-home \
      --shell /usr/sbin/nologin apppay

WORKDIR /deployments
COPY --chown=root:root wechatpay-simulator/target/wechatpay-simulator-*-runner.jar simulator.jar

USER ${APP_UID}:${APP_UID}
EXPOSE 8090
ENTRYPOINT ["java", "-jar", "/deployments/simulator.jar"]
