# syntax=docker/dockerfile:1
# Kubequiz: builds the same jar as `./mvnw package` (with the Maven wrapper), then runs it, extracted and with a class
# data sharing archive, on a Java 21 JRE as a non-root user. Data (the H2 database, its backups) lives in /data: mount a volume there
# (docker-compose.yml does).
# With SPRING_PROFILES_ACTIVE=postgres and KUBEQUIZ_DB_URL/_USER/_PASSWORD it uses PostgreSQL instead.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# Dependencies in their own layer: they change less often than the code.
RUN ./mvnw -q dependency:go-offline || true
COPY db/ db/
COPY src/ src/
# The jar extracted (application jar + lib/): classes load from plain jars, not from jars nested in a jar, which is
# also what a class data sharing archive needs (a fixed class path).
RUN ./mvnw -q -DskipTests package \
 && java -Djarmode=tools -jar target/kubequiz-*.jar extract --destination /extracted \
 && mv /extracted/kubequiz-*.jar /extracted/kubequiz.jar

FROM eclipse-temurin:21-jre
# curl only for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system kubequiz \
 && useradd --system --gid kubequiz --uid 10001 --home-dir /app kubequiz \
 && mkdir -p /app /data \
 && chown kubequiz:kubequiz /data
WORKDIR /app
COPY --from=build /extracted/ /app/
# JVM sized from the container's memory limit (75 % for the heap), and a clean exit rather than a limp on
# OutOfMemoryError: the orchestrator restarts it. When idle, G1 collects every 15 s and gives back what the heap does
# not use (free share kept between 10 and 30 %), so an idle instance stays small. JSON logs (ECS) for log collectors.
ENV KUBEQUIZ_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
# Training run for the class data sharing archive (AppCDS: the classes the start loads, parsed and verified once, at
# build time), with the same JVM, class path and flags as the real start: the context starts on a throw-away
# database (migrations included) and exits once refreshed.
RUN KUBEQUIZ_DATA_DIR=/tmp/training java -XX:ArchiveClassesAtExit=/app/kubequiz.jsa -Dspring.context.exit=onRefresh \
      -jar /app/kubequiz.jar \
 && rm -rf /tmp/training
VOLUME /data
EXPOSE 8080
USER kubequiz
# Ready: the database answers and the migrations ran. Docker stops with SIGTERM: requests in flight finish first.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health/readiness || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/kubequiz.jsa", "-jar", "/app/kubequiz.jar"]
